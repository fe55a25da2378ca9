// the app outlives its database restarting. A PostgreSQL of this test's own (folder and
// port of its own) serves a create-order call through runAction; while it is down the same
// call comes back as the generic "not reachable" result (no crash, no SQL, no stack); once it
// is back the same client serves the call again, without a restart of the app.
import "../../support/next-mocks";
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { startEmbeddedDb, type EmbeddedDb } from "@/lib/embedded-db";
import { prepareDatabase } from "@/lib/prepare-database";
import { createProductionOrder, type CreatedOrder } from "@/lib/services/production-orders/create-production-order";
import { peekNextNo } from "@/lib/services/no-series/document-no";
import { createProductionOrderSchema } from "@/lib/validation/production-order";
import { signInAs } from "../../support/session";
import { freePort } from "./support";

const DIR = `.data/faults-restart-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
let port: number;
let server: EmbeddedDb | null = null;
let svc: Db;

const start = () => startEmbeddedDb({ dir: DIR, port, database: "app", fast: true });
const INPUT = { status: "FIRM_PLANNED", sourceType: "ITEM", sourceNo: "1000", quantity: 3, dueDate: "2027-02-01", refresh: true };

/** The create-order action's own path (session, role, validation, service, error mapping). */
const create = (): Promise<ActionResult<CreatedOrder>> =>
  runAction("orders.create", createProductionOrderSchema, INPUT, (data, user) => createProductionOrder(svc, data, user));

beforeAll(async () => {
  port = await freePort();
  server = await startEmbeddedDb({ dir: DIR, port, database: "app", fresh: true, fast: true });
  await prepareDatabase(server.url);
  svc = createPrismaClient(server.url, { max: 3 });
  // The session lives in the test file's own database (the app's client); only the service
  // talks to the restarting server.
  await signInAs("planner");
});

afterAll(async () => {
  await svc?.$disconnect().catch(() => {});
  await server?.stop().catch(() => {});
  await rm(DIR, { recursive: true, force: true });
});

describe("X-4 the database restarting while the app runs", () => {
  it("answers with a clear 'not reachable' result while it is down and works again once it is back", async () => {
    // GIVEN a working call
    const first = await create();
    expect(first).toMatchObject({ ok: true, data: { status: "FIRM_PLANNED" } });
    const next = await peekNextNo(svc, "FPL-PROD");

    // WHEN the database stops
    await server!.stop();
    server = null;

    // THEN the same call fails cleanly, with the generic message and nothing technical
    const down = await create();
    expect(down).toEqual({
      ok: false,
      code: "UNEXPECTED",
      message: "The database is not reachable right now. Please try again in a moment.",
      fieldErrors: {},
    });

    // WHEN it starts again (same folder, same port)
    server = await start();

    // THEN the same client serves the call again, and the failed call used no number
    const again = await create();
    expect(again).toMatchObject({ ok: true, data: { no: next } });
    const created = [first, again].map((r) => (r.ok ? r.data.no : ""));
    const stored = await svc.productionOrder.findMany({
      where: { status: "FIRM_PLANNED", no: { in: created } },
      select: { no: true, sourceNo: true },
    });
    expect(stored.sort((a, b) => a.no.localeCompare(b.no))).toEqual(created.map((no) => ({ no, sourceNo: "1000" })));
  });
});
