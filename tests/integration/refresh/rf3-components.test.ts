import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expectedQuantity } from "@/lib/domain/bom/expected-quantity";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { makeItem, makeLocation, makeProductionBom } from "../../factories";
import { linesOf, makeOrder } from "./helpers";

describe("RF-3 component need", () => {
  it("two-level BOM through a phantom: Quantity per 150, Expected Quantity 15,750", async () => {
    // GIVEN item P (Scrap 5 %) whose BOM holds 10 of a phantom BOM that holds 15 of C
    const c = await makeItem(db);
    const phantom = await makeProductionBom(db, { lines: [{ no: c.no, quantityPer: 15 }] });
    const bom = await makeProductionBom(db, { lines: [{ type: "PRODUCTION_BOM", no: phantom.no, quantityPer: 10 }] });
    const p = await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: bom.no, scrapPercent: 5 });
    const order = await makeOrder({ sourceNo: p.no, quantity: 100 });
    // WHEN the order is refreshed
    const result = await refreshProductionOrder({ orderId: order.id }, null);
    // THEN one line with one component: 150 per, 150 × 100 × 1.05 = 15,750 expected
    const [line] = await linesOf(order.id);
    expect(result).toMatchObject({ skipped: false, lines: 1, components: 1 });
    expect(line.components).toHaveLength(1);
    expect(line.components[0].itemNo).toBe(c.no);
    expect(line.components[0].quantityPer.toString()).toBe("150");
    expect(line.components[0].expectedQuantity.toString()).toBe("15750");
  });
});

describe("RF-3 component need — quantities", () => {
  it("converts the BOM unit to the base unit without rounding", async () => {
    // GIVEN component C with base unit BOX (3 PCS) on a BOM line of 1 PCS, and S bought per SET of 4
    const c = await makeItem(db, { baseUnitOfMeasure: "BOX", extraUnits: [{ code: "PCS", qtyPerUnitOfMeasure: 1 }] });
    await db.itemUnitOfMeasure.update({ where: { itemNo_code: { itemNo: c.no, code: "BOX" } }, data: { qtyPerUnitOfMeasure: 3 } });
    const s = await makeItem(db, { extraUnits: [{ code: "SET", qtyPerUnitOfMeasure: 4 }] });
    const bom = await makeProductionBom(db, {
      lines: [
        { no: c.no, quantityPer: 1, unitOfMeasureCode: "PCS" },
        { no: s.no, quantityPer: 3, unitOfMeasureCode: "SET" },
      ],
    });
    const p = await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: bom.no });
    const order = await makeOrder({ sourceNo: p.no, quantity: 3 });
    // WHEN refreshed
    await refreshProductionOrder({ orderId: order.id }, null);
    // THEN 1 PCS = 1/3 BOX, kept to 15 decimals (not the 0.00001 rounding precision); 3 SET = 12 PCS
    const [line] = await linesOf(order.id);
    const byItem = Object.fromEntries(line.components.map((x) => [x.itemNo, x]));
    expect(byItem[c.no]).toMatchObject({ unitOfMeasureCode: "BOX" });
    expect(byItem[c.no].quantityPer.toString()).toBe("0.333333333333333");
    expect(byItem[c.no].expectedQuantity.toString()).toBe("0.999999999999999");
    expect(byItem[s.no].quantityPer.toString()).toBe("12");
    expect(byItem[s.no].expectedQuantity.toString()).toBe("36");
  });

  it("Fixed Quantity ignores the line quantity; Quantity per 0 is kept; duplicates add up", async () => {
    // GIVEN a BOM with a fixed 2 of F (5 % scrap), 0 of Z, and item D twice (1.5 + 2.5)
    const [f, z, d] = [await makeItem(db), await makeItem(db), await makeItem(db)];
    const bom = await makeProductionBom(db, {
      lines: [
        { no: f.no, quantityPer: 2, scrapPercent: 5, calculationFormula: "FIXED_QUANTITY" },
        { no: z.no, quantityPer: 0 },
        { no: d.no, quantityPer: 1.5 },
        { no: d.no, quantityPer: 2.5 },
      ],
    });
    const p = await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: bom.no, scrapPercent: 10 });
    const order = await makeOrder({ sourceNo: p.no, quantity: 7 });
    // WHEN refreshed
    await refreshProductionOrder({ orderId: order.id }, null);
    // THEN
    const [line] = await linesOf(order.id);
    const byItem = Object.fromEntries(line.components.map((x) => [x.itemNo, x]));
    expect(line.components).toHaveLength(3);
    expect(byItem[f.no].calculationFormula).toBe("FIXED_QUANTITY");
    expect(byItem[f.no].expectedQuantity.toString()).toBe("2.1"); // 2 × 1.05, no × 7, no line scrap
    expect(byItem[z.no].quantityPer.toString()).toBe("0");
    expect(byItem[z.no].expectedQuantity.toString()).toBe("0");
    expect(byItem[d.no].quantityPer.toString()).toBe("4");
    expect(byItem[d.no].expectedQuantity.toString()).toBe("30.8"); // 4 × 7 × 1.1
  });

  it("Expected Quantity written by the database equals the domain function (random cases)", async () => {
    // GIVEN components with awkward Quantity per and scrap, under items with awkward scrap
    const cases = [
      { qp: "0.33333", lineQty: "7.5", lineScrap: "2.5", compScrap: "3.33333" },
      { qp: "1.23456", lineQty: "999.99999", lineScrap: "0.00001", compScrap: "99.99999" },
      { qp: "12345.6789", lineQty: "0.00003", lineScrap: "33.33333", compScrap: "0" },
    ];
    for (const k of cases) {
      const c = await makeItem(db);
      const bom = await makeProductionBom(db, { lines: [{ no: c.no, quantityPer: k.qp, scrapPercent: k.compScrap }] });
      const p = await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: bom.no, scrapPercent: k.lineScrap });
      const order = await makeOrder({ sourceNo: p.no, quantity: k.lineQty });
      // WHEN refreshed
      await refreshProductionOrder({ orderId: order.id }, null);
      // THEN the stored value is exactly what lib/domain/bom/expected-quantity computes
      const [line] = await linesOf(order.id);
      expect(line.components[0].expectedQuantity.toString()).toBe(
        expectedQuantity({
          quantityPer: k.qp,
          lineQuantity: k.lineQty,
          lineScrapPercent: k.lineScrap,
          componentScrapPercent: k.compScrap,
          calculationFormula: "NONE",
        }),
      );
    }
  });
});

describe("RF-3 component need — BOM selection", () => {
  it("uses the version valid on the line's Starting Date (demo 1300: V1 from 2026-01-01, V2 from 2027-01-01)", async () => {
    // GIVEN two orders for Chain Assy 1300, one starting in December 2026, one in late January 2027
    const early = await makeOrder({ sourceNo: "1300", routingNo: "1300", quantity: 2, dueDate: "2026-12-18" });
    const late = await makeOrder({ sourceNo: "1300", routingNo: "1300", quantity: 2, dueDate: "2027-01-29" });
    // WHEN both are refreshed
    await refreshProductionOrder({ orderId: early.id }, null);
    await refreshProductionOrder({ orderId: late.id }, null);
    // THEN the early one gets V1 (chain 1310), the late one V2 (reinforced chain 1315 and guard 1340)
    const [e] = await linesOf(early.id);
    const [l] = await linesOf(late.id);
    expect(e.startingDateTime!.toISOString() < "2027-01-01").toBe(true);
    expect(e.productionBomVersion).toBe("V1");
    expect(e.components.map((x) => x.itemNo).sort()).toEqual(["1310", "1320", "1330"]);
    expect(l.startingDateTime!.toISOString() >= "2027-01-01").toBe(true);
    expect(l.productionBomVersion).toBe("V2");
    expect(l.components.map((x) => x.itemNo).sort()).toEqual(["1315", "1320", "1330", "1340"]);
  });

  it("a child (phantom) BOM that is not certified → Status must be Certified", async () => {
    // GIVEN a certified BOM whose phantom child BOM is under development
    const c = await makeItem(db);
    const child = await makeProductionBom(db, { status: "UNDER_DEVELOPMENT", lines: [{ no: c.no }] });
    const bom = await makeProductionBom(db, { lines: [{ type: "PRODUCTION_BOM", no: child.no }] });
    const p = await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: bom.no });
    const order = await makeOrder({ sourceNo: p.no, quantity: 1 });
    // WHEN / THEN
    await expect(refreshProductionOrder({ orderId: order.id }, null)).rejects.toThrow(
      `Status must be Certified in Production BOM Header No.='${child.no}'.`,
    );
    expect(await db.prodOrderLine.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("51 nested phantom BOMs → a clear error naming the BOM", async () => {
    // GIVEN BOM 0 → phantom 1 → … → phantom 51 → leaf
    const leaf = await makeItem(db);
    let next = (await makeProductionBom(db, { lines: [{ no: leaf.no }] })).no;
    for (let i = 0; i < 51; i++) next = (await makeProductionBom(db, { lines: [{ type: "PRODUCTION_BOM", no: next }] })).no;
    const p = await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: next });
    const order = await makeOrder({ sourceNo: p.no, quantity: 1 });
    // WHEN / THEN
    await expect(refreshProductionOrder({ orderId: order.id }, null)).rejects.toThrow(
      new RegExp(`Production BOM ${next} has more than 50 levels of phantom BOMs`),
    );
  });
});

describe("RF-3 component need — the line's facts", () => {
  it("components take their order line's Location Code, quantity and scrap, bought and produced alike", async () => {
    // GIVEN item P (Scrap 10 %) at a location, whose BOM holds 2 of bought B and 3 of make-to-stock M
    const location = await makeLocation(db);
    const [b, m] = [await makeItem(db), await makeItem(db, { replenishmentSystem: "PROD_ORDER" })];
    const bom = await makeProductionBom(db, {
      lines: [
        { no: b.no, quantityPer: 2 },
        { no: m.no, quantityPer: 3 },
      ],
    });
    const p = await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: bom.no, scrapPercent: 10 });
    const order = await makeOrder({ sourceNo: p.no, quantity: 7, locationCode: location.code });
    // WHEN refreshed
    await refreshProductionOrder({ orderId: order.id }, null);
    // THEN both components sit at the line's location, due at its start, with 7 × 1.1 × Quantity per expected
    const [line] = await linesOf(order.id);
    expect(line.locationCode).toBe(location.code);
    const byItem = Object.fromEntries(line.components.map((x) => [x.itemNo, x]));
    expect(Object.keys(byItem).sort()).toEqual([b.no, m.no].sort());
    for (const [item, per] of [
      [b.no, 2],
      [m.no, 3],
    ] as const) {
      expect(byItem[item].locationCode).toBe(location.code);
      expect(byItem[item].dueDateTime?.toISOString()).toBe(line.startingDateTime?.toISOString());
      expect(byItem[item].expectedQuantity.toString()).toBe(String(Number((7 * 1.1 * per).toFixed(5))));
    }
  });
});

describe("RF-1/RF-3 kept lines keep their own Scrap %", () => {
  it("with Calculate Lines off, components are computed with the line's stored scrap, not the item's new one", async () => {
    // GIVEN item P (Scrap 5 %) with 2 of bought B, refreshed for quantity 10: 2 × 10 × 1.05 = 21
    const b = await makeItem(db);
    const bom = await makeProductionBom(db, { lines: [{ no: b.no, quantityPer: 2 }] });
    const p = await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: bom.no, scrapPercent: 5 });
    const order = await makeOrder({ sourceNo: p.no, quantity: 10 });
    await refreshProductionOrder({ orderId: order.id }, null);
    expect((await linesOf(order.id))[0].components[0].expectedQuantity.toString()).toBe("21");
    // WHEN the item's scrap becomes 10 % and the order is refreshed keeping its lines
    await db.item.update({ where: { no: p.no }, data: { scrapPercent: 10 } });
    await refreshProductionOrder({ orderId: order.id, calcLines: false, calcRoutings: false, calcComponents: true }, null);
    // THEN the line still says 5 % and its component still expects 21
    const [line] = await linesOf(order.id);
    expect(line.scrapPercent.toString()).toBe("5");
    expect(line.components[0].expectedQuantity.toString()).toBe("21");
  });
});
