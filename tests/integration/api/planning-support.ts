// The Planning Worksheet over the API in tests: start a calculation, poll its run as a client
// would until it has finished, and the planning tables' fingerprint for "nothing was written".
import { expect } from "vitest";
import { db } from "@/lib/db";
import { writeState } from "../production-orders/helpers";
import { call, json } from "./support";

export const PERIOD = { startingDate: "2026-12-07", endingDate: "2027-01-31" };

/** A carry-out's result per line, as the API answers it. */
export type CarryOutResult = {
  lineNo: number;
  actionMessage: string;
  ok: boolean;
  orderNo: string | null;
  orderStatus: string | null;
  location: string | null;
  message: string | null;
};

export type Run = { id: number; status: "RUNNING" | "DONE" | "FAILED"; itemsDone: number; itemsTotal: number; linesCount: number };
export type Line = {
  lineNo: number;
  actionMessage: string;
  acceptActionMessage: boolean;
  itemNo: string;
  replenishmentSystem: "PURCHASE" | "PROD_ORDER";
  parentLineNo: number | null;
  quantity: number;
  dueDate: string;
  locationCode: string;
  refOrderStatus: string | null;
  refOrderNo: string | null;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** GET the run until it is no longer RUNNING (each answer checked against the document). */
export async function runFinished(key: string, location: string): Promise<Run> {
  const path = location.replace(/^\/api\/v1/, "");
  for (;;) {
    const r = await call("GET", path, { key });
    expect(r.status).toBe(200);
    const run = json<Run>(r);
    if (run.status !== "RUNNING") return run;
    await sleep(50);
  }
}

/** POST a calculation and wait for its end; returns the run and its ETag-to-be. */
export async function calculate(key: string, body: Record<string, unknown> = PERIOD): Promise<Run> {
  const started = await call("POST", "/planning/calculations", { key, body });
  expect(started.status).toBe(202);
  const run = await runFinished(key, started.headers.get("location")!);
  expect(run.status).toBe("DONE");
  return run;
}

/** Waits for every running calculation (of anyone) to end: a test leaves no worker behind. */
export async function noRunRunning() {
  while ((await db.planningRun.count({ where: { status: "RUNNING" } })) > 0) await sleep(50);
}

/** Every line of the key's user's worksheet, page after page. */
export async function allLines(key: string, filter = ""): Promise<Line[]> {
  const lines: Line[] = [];
  let cursor: string | null = null;
  do {
    const r = await call("GET", `/planning/worksheet-lines?limit=200${filter}${cursor ? `&cursor=${cursor}` : ""}`, { key });
    expect(r.status).toBe(200);
    const page = json<{ items: Line[]; nextCursor: string | null }>(r);
    lines.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return lines;
}

/** Orders, audit, number series, and the planning tables (worksheets and runs). */
export async function planningWriteState() {
  const [planning] = await db.$queryRaw<{ lines: string | null; runs: string | null }[]>`
    SELECT (SELECT md5(string_agg(t::text, ',' ORDER BY t."userId", t."lineNo")) FROM "PlanningWorksheetLine" t) AS lines,
           (SELECT md5(string_agg(t::text, ',' ORDER BY t.id)) FROM "PlanningRun" t) AS runs`;
  return { ...(await writeState()), planning };
}
