// 16 supervisors change the status of the same order at the same moment, all with the
// version they read. Exactly one wins; the other 15 get the spec's conflict message; the data
// is consistent: one status change, one number drawn, one audit entry, nothing duplicated.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConcurrencyError } from "@/lib/errors";
import { changeProductionOrderStatus } from "@/lib/services/production-orders/change-status";
import { actorFor, auditOf, childrenOf, lastNoUsed, newOrder } from "../change-status/support";

const CONFLICT = "The order was changed by someone else. Reload it.";

describe("X-2 concurrent status changes of one order", () => {
  it("16 concurrent Firm Planned → Released: exactly one succeeds, 15 conflicts, consistent data", async () => {
    // GIVEN a refreshed firm planned order, read once by 16 callers (same version)
    const order = await newOrder({ quantity: 4 });
    const kids = await childrenOf(order.id);
    const relBefore = await lastNoUsed("REL-PROD");
    const actor = await actorFor("supervisor");
    // WHEN all 16 release it at once
    const results = await Promise.allSettled(
      Array.from({ length: 16 }, () =>
        changeProductionOrderStatus(db, { id: order.id, version: order.version, newStatus: "RELEASED" }, actor),
      ),
    );
    // THEN one fulfilled, 15 rejected with the conflict message
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(15);
    for (const f of failed) {
      expect(f.reason).toBeInstanceOf(ConcurrencyError);
      expect((f.reason as Error).message).toBe(CONFLICT);
    }
    // AND the order is released once: one version step, one number drawn, one audit entry
    const winner = (ok[0] as PromiseFulfilledResult<{ no: string }>).value;
    const after = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({ status: "RELEASED", no: winner.no, version: order.version + 1, firmPlannedOrderNo: order.no });
    expect(Number(await lastNoUsed("REL-PROD"))).toBe(Number(relBefore || "201000") + 1);
    expect(await auditOf(order.id, "changeStatus")).toHaveLength(1);
    expect(await db.productionOrder.count({ where: { OR: [{ no: order.no, status: "FIRM_PLANNED" }, { no: { startsWith: "~" } }] } })).toBe(
      0,
    );
    expect(await childrenOf(order.id)).toEqual(kids);
  });

  it("16 concurrent Released → Finished: one wins, the order is finished once", async () => {
    const order = await newOrder({ refresh: false });
    const r = await changeProductionOrderStatus(
      db,
      { id: order.id, version: order.version, newStatus: "RELEASED" },
      await actorFor("supervisor"),
    );
    const actor = await actorFor("admin");
    const results = await Promise.allSettled(
      Array.from({ length: 16 }, () =>
        changeProductionOrderStatus(db, { id: order.id, version: r.version, newStatus: "FINISHED", confirmNoOutput: true }, actor),
      ),
    );
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((x) => x.status === "rejected").map((x) => (x as PromiseRejectedResult).reason.message)).toEqual(
      Array(15).fill(CONFLICT),
    );
    expect(await auditOf(order.id, "changeStatus")).toHaveLength(2);
  });
});
