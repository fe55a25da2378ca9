// RF-7 / X-4 under a fault: the database connection dies while a refresh is writing. The
// refresh is one transaction, so PostgreSQL rolls all of it back: the order keeps exactly the
// lines, components and routing lines (and version) it had, the caller gets the generic
// "database not reachable" message, and the same client serves the next request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db-client";
import { errorResult } from "@/lib/actions/run-action";
import { refreshProductionOrderInTx } from "@/lib/services/production-orders/refresh/run-refresh";
import { makeBomTree, toDate, type BomTree } from "../../factories";
import { Killer, serviceClient, track, type Backend } from "./support";

const APP = "faults-refresh";
const WRITING = /po_refresh_delete|DELETE FROM "ProdOrder|INSERT INTO "ProdOrder/;
let svc: Db;
let killer: Killer;
let tree: BomTree;

const refresh = (orderId: number) => svc.$transaction((tx) => refreshProductionOrderInTx(tx, { orderId }, null), { timeout: 120_000 });

async function counts(orderId: number) {
  const [lines, components, routingLines, order] = await Promise.all([
    db.prodOrderLine.count({ where: { orderId } }),
    db.prodOrderComponent.count({ where: { orderId } }),
    db.prodOrderRoutingLine.count({ where: { orderId } }),
    db.productionOrder.findUniqueOrThrow({ where: { id: orderId }, select: { version: true, startingDateTime: true } }),
  ]);
  return { lines, components, routingLines, version: order.version, startingDateTime: order.startingDateTime };
}

beforeAll(async () => {
  svc = serviceClient(APP);
  killer = await Killer.connect();
  // ~2,800 components on 4 levels: a refresh long enough to be caught while it writes.
  tree = await makeBomTree(db, { levels: 4, fanOut: 7, routingOperations: 3 });
});

afterAll(async () => {
  await svc?.$disconnect();
  await killer?.end();
});

describe("X-4 a connection killed in the middle of a refresh", () => {
  it("rolls the whole refresh back, reports the database as unreachable, and the next refresh succeeds", async () => {
    // GIVEN an order of the big tree, refreshed once (so it has rows the next refresh deletes)
    const order = await db.productionOrder.create({
      data: {
        status: "FIRM_PLANNED",
        no: `FLT-${tree.prefix}`,
        sourceType: "ITEM",
        sourceNo: tree.topItemNo,
        routingNo: tree.routingNo,
        quantity: 4,
        dueDate: toDate("2027-03-01"),
        creationDate: toDate("2026-12-01"),
      },
    });
    await refresh(order.id);
    expect((await counts(order.id)).components).toBe(tree.expectedComponentCount);

    // WHEN its backend is terminated while the next refresh deletes or inserts rows
    // (a refresh that finished before it could be caught is simply tried again)
    let killed: Backend | null = null;
    let before: Awaited<ReturnType<typeof counts>> | null = null;
    let failure: unknown;
    for (let attempt = 0; attempt < 5 && !killed; attempt++) {
      const snapshot = await counts(order.id);
      const run = track(refresh(order.id));
      killed = await killer.killWhen(APP, (b) => WRITING.test(b.query), run.settled);
      const outcome = await run.outcome;
      if (killed) {
        before = snapshot;
        failure = outcome.ok ? new Error("the killed refresh reported success") : outcome.error;
      }
    }
    expect(killed, "the refresh was never caught while writing").not.toBeNull();
    expect(await killer.alive(killed!.pid)).toBe(false);

    // THEN nothing of the killed refresh remains: same counts, same version, same dates
    const after = await counts(order.id);
    expect(after).toEqual(before);
    expect(after.components).toBe(tree.expectedComponentCount);

    // AND the caller sees the generic "not reachable" message, no SQL and no stack
    const result = errorResult(failure);
    expect(result).toMatchObject({
      ok: false,
      code: "UNEXPECTED",
      message: "The database is not reachable right now. Please try again in a moment.",
    });

    // AND the same client's next refresh succeeds and bumps the version once
    const next = await refresh(order.id);
    expect(next).toMatchObject({ skipped: false, components: tree.expectedComponentCount });
    expect(await counts(order.id)).toEqual({ ...after, version: after.version + 1 });
  });
});
