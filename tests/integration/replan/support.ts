// A two-level make-to-order product whose subassembly needs a produced make-to-stock component
// C, which in turn needs a produced make-to-stock D: P (MTO) → S (MTO, ×1) → C (MTS, ×2) → D (MTS, ×1).
// L is a purchased leaf under C and D. Orders for P get lines P (level 0) and S (level 1, RF-4);
// C and D are what a replan may have to make in orders of their own (RP-2).
import { db } from "@/lib/db";
import { makeItem, makeProductionBom } from "../../factories";

export async function makeTwoLevelProduct() {
  const leaf = await makeItem(db);
  const d = await makeItem(db, {
    replenishmentSystem: "PROD_ORDER",
    productionBomNo: (await makeProductionBom(db, { lines: [{ no: leaf.no, quantityPer: 1 }] })).no,
  });
  const c = await makeItem(db, {
    replenishmentSystem: "PROD_ORDER",
    productionBomNo: (
      await makeProductionBom(db, {
        lines: [
          { no: d.no, quantityPer: 1 },
          { no: leaf.no, quantityPer: 1 },
        ],
      })
    ).no,
  });
  const s = await makeItem(db, {
    replenishmentSystem: "PROD_ORDER",
    manufacturingPolicy: "MAKE_TO_ORDER",
    productionBomNo: (await makeProductionBom(db, { lines: [{ no: c.no, quantityPer: 2 }] })).no,
  });
  const p = await makeItem(db, {
    replenishmentSystem: "PROD_ORDER",
    manufacturingPolicy: "MAKE_TO_ORDER",
    productionBomNo: (await makeProductionBom(db, { lines: [{ no: s.no, quantityPer: 1 }] })).no,
  });
  return { p: p.no, s: s.no, c: c.no, d: d.no, leaf: leaf.no };
}

/** The orders a replan of `order` created, lowest level last. */
export async function replanChildren(order: { no: string; status: "SIMULATED" | "PLANNED" | "FIRM_PLANNED" | "RELEASED" | "FINISHED" }) {
  return db.productionOrder.findMany({
    where: { replanRefNo: order.no, replanRefStatus: order.status },
    orderBy: [{ lowLevelCode: "asc" }, { sourceNo: "asc" }],
    include: { lines: { orderBy: { lineNo: "asc" } } },
  });
}
