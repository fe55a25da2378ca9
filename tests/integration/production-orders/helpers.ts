// Shared by the production-order header tests: the demo users as actors, a create input with
// sane defaults, the "nothing was written" fingerprint, and reading the redirect of an action.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { CreateProductionOrderInput } from "@/lib/validation/production-order";

/** Today as the services stamp it (UTC calendar date). */
export const todayIso = () => new Date().toISOString().slice(0, 10);

/** A @db.Date (or timestamp) as yyyy-mm-dd. */
export const isoOf = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

/** The `Date` that `yyyy-mm-dd` + hh:mm UTC is: how Starting/Ending Date-Time are stored. */
export const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00.000Z`);

export type Role = "planner" | "supervisor" | "admin";

export async function actorFor(role: Role = "planner") {
  const u = await db.user.findUniqueOrThrow({ where: { email: `${role}@cronus.demo` } });
  return { id: u.id, email: u.email, role };
}

export function createInput(over: Partial<CreateProductionOrderInput> = {}): CreateProductionOrderInput {
  return {
    status: "FIRM_PLANNED",
    no: "",
    sourceType: "ITEM",
    sourceNo: "1000",
    variantCode: "",
    quantity: 1,
    dueDate: undefined,
    locationCode: "",
    refresh: false,
    ...over,
  };
}

export async function lastNoUsed(seriesCode: string) {
  const line = await db.noSeriesLine.findFirstOrThrow({ where: { seriesCode }, orderBy: { lineNo: "asc" } });
  return line.lastNoUsed;
}

export async function setLastNoUsed(seriesCode: string, lastNo: string) {
  await db.noSeriesLine.updateMany({ where: { seriesCode }, data: { lastNoUsed: lastNo, open: true } });
}

/**
 * What a refused request must leave untouched: row counts, a fingerprint of every order and
 * audit row, and the next number of each series (Normal lines by Last No. Used, Sequence lines
 * by the value of their PostgreSQL sequence).
 */
export async function writeState() {
  const [orders] = await db.$queryRaw<{ n: number; h: string | null }[]>`
    SELECT count(*)::int AS n, md5(string_agg(t::text, ',' ORDER BY t.id)) AS h FROM "ProductionOrder" t`;
  const [audit] = await db.$queryRaw<{ n: number; h: string | null }[]>`
    SELECT count(*)::int AS n, md5(string_agg(t::text, ',' ORDER BY t.id)) AS h FROM "AuditEntry" t`;
  const lines = await db.noSeriesLine.findMany({
    orderBy: { id: "asc" },
    select: { seriesCode: true, lastNoUsed: true, sequenceName: true },
  });
  const sequences: Record<string, string> = {};
  for (const l of lines) {
    if (!l.sequenceName) continue;
    const [s] = await db.$queryRawUnsafe<{ v: string; called: boolean }[]>(
      `SELECT last_value::text AS v, is_called AS called FROM "${l.sequenceName}"`,
    );
    sequences[l.seriesCode] = `${s.v}:${s.called}`;
  }
  return { orders, audit, lastNoUsed: Object.fromEntries(lines.map((l) => [l.seriesCode, l.lastNoUsed])), sequences };
}

/** Awaits a promise that must fail with this DomainError (code, exact message, field). */
export async function expectDomainError(promise: Promise<unknown>, code: string, message: string, field?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code, message, ...(field ? { field } : {}) });
}

/** A form as the browser posts it (every value a string; absent keys stay absent). */
export function formOf(fields: Record<string, string | undefined>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) form.set(k, v);
  return form;
}

/**
 * Runs an action that redirects on success: next/navigation's redirect() throws an error whose
 * digest is "NEXT_REDIRECT;<type>;<url>;<status>;". Returns the URL, or fails the test with
 * whatever the action returned instead.
 */
export async function redirectUrlOf(run: () => Promise<unknown>): Promise<string> {
  let returned: unknown;
  try {
    returned = await run();
  } catch (e) {
    const digest = (e as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return digest.split(";").slice(2, -2).join(";");
    throw e;
  }
  // The create action answers with the new card's address for the form to navigate to.
  const r = returned as { ok?: boolean; data?: { href?: unknown } };
  if (r?.ok && typeof r.data?.href === "string") return r.data.href;
  expect.fail(`expected the new order's address, got ${JSON.stringify(returned)}`);
}
