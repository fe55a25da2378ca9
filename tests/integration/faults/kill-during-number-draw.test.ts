// NS-8 / PO-4 under a fault: the connection dies after a gap-free number was drawn but before
// the transaction committed. PostgreSQL rolls the draw back with everything else, so the series
// loses no number — the next draw gives the same one — and the client works on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db-client";
import { peekNextNo } from "@/lib/services/no-series/document-no";
import { getNextNo } from "../../support/no-series-draw";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { createProductionOrderSchema } from "@/lib/validation/production-order";
import { makeBomTree, makeNoSeries } from "../../factories";
import { createDocTable, readDocNos, readLines } from "../no-series/support";
import { Killer, latch, serviceClient, track } from "./support";

const APP = "faults-draw";
let svc: Db;
let killer: Killer;

beforeAll(async () => {
  svc = serviceClient(APP);
  killer = await Killer.connect();
});

afterAll(async () => {
  await svc?.$disconnect();
  await killer?.end();
});

describe("NS-8 a connection killed while a drawn number is not yet committed", () => {
  it("loses no number: the draw and the document roll back and the next draw gives the same number", async () => {
    // GIVEN a gap-free (Normal) series that has given out FK-0001 already
    const series = await makeNoSeries(db, { lines: [{ startingNo: "FK-0001" }] });
    await createDocTable("faults_doc");
    expect((await getNextNo(svc, series.code)).no).toBe("FK-0001");

    // WHEN a transaction draws FK-0002, inserts its document and waits, and its backend is
    // terminated from outside while the transaction is open
    const drawn = latch();
    const release = latch();
    let inside = "";
    const run = track(
      svc.$transaction(
        async (tx) => {
          inside = (await getNextNo(tx, series.code)).no;
          await tx.$executeRawUnsafe(`INSERT INTO faults_doc (no, series) VALUES ($1, $2)`, inside, series.code);
          drawn.open();
          await release.opened;
          await tx.$executeRawUnsafe(`SELECT 1`);
        },
        { timeout: 30_000 },
      ),
    );
    await drawn.opened;
    const killed = await killer.killWhen(APP, (b) => b.state === "idle in transaction" && b.xid !== null, run.settled, 10_000);
    release.open();
    const outcome = await run.outcome;

    // THEN the transaction failed, and neither the document nor the number were kept
    expect(killed).not.toBeNull();
    expect(inside).toBe("FK-0002");
    expect(outcome.ok).toBe(false);
    expect(await readDocNos("faults_doc", series.code)).toEqual([]);
    expect((await readLines(series.code))[0].lastNoUsed).toBe("FK-0001");

    // AND the same client's next draw gives the very same number (no gap)
    expect((await getNextNo(svc, series.code)).no).toBe("FK-0002");
  });

  it("a create-with-refresh killed mid-way leaves no order and no used number; the retry gets that number", async () => {
    // GIVEN an item with a ~2,800-component BOM and the Firm Planned series' next number
    const tree = await makeBomTree(db, { levels: 4, fanOut: 7 });
    const planner = await db.user.findUniqueOrThrow({ where: { email: "planner@cronus.demo" } });
    const input = createProductionOrderSchema.parse({
      status: "FIRM_PLANNED",
      sourceType: "ITEM",
      sourceNo: tree.topItemNo,
      quantity: 2,
      dueDate: "2027-04-01",
      refresh: true,
    });
    const state = async () => ({
      orders: await db.productionOrder.count({ where: { sourceNo: tree.topItemNo } }),
      components: await db.prodOrderComponent.count({ where: { itemNo: { startsWith: `${tree.prefix}-` } } }),
      audits: await db.auditEntry.count({ where: { action: "create", userId: planner.id } }),
      lastNoUsed: (await readLines("FPL-PROD"))[0].lastNoUsed,
      next: await peekNextNo(db, "FPL-PROD"),
    });

    // WHEN the create's backend is terminated while the refresh inside it writes
    // (a create that finished before it could be caught is simply tried again)
    let killed = null;
    let before: Awaited<ReturnType<typeof state>> | null = null;
    for (let attempt = 0; attempt < 5 && !killed; attempt++) {
      const snapshot = await state();
      const run = track(createProductionOrder(svc, input, planner));
      killed = await killer.killWhen(APP, (b) => /INSERT INTO "ProdOrder(Line|Component|RoutingLine)"/.test(b.query), run.settled);
      const outcome = await run.outcome;
      if (killed) {
        before = snapshot;
        expect(outcome.ok).toBe(false);
      }
    }
    expect(killed, "the create was never caught while refreshing").not.toBeNull();

    // THEN no order, no component, no audit entry and no number of it were kept
    expect(await state()).toEqual(before);

    // AND the retry on the same client succeeds with the number that was next before
    const created = await createProductionOrder(svc, input, planner);
    expect(created.no).toBe(before!.next);
    expect(await db.prodOrderComponent.count({ where: { orderId: created.id } })).toBe(tree.expectedComponentCount);
  });
});
