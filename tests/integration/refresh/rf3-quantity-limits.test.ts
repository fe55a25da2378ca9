// Covers RF-3/RF-4's storage limits through create with refresh: a line Quantity beyond
// numeric(18,5) (a make-to-order subassembly of a big order) or a component's Quantity per /
// Expected Quantity beyond numeric(38,15) (phantom levels multiplying large Quantity per values)
// answers with a message beside the field, never PostgreSQL's "numeric field overflow" as
// "Something went wrong", and writes nothing.
import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { createProductionOrderAction } from "@/lib/actions/production-orders";
import { db } from "@/lib/db";
import { makeItem, makeProductionBom } from "../../factories";
import { signInAs } from "../../support/session";
import { formOf, writeState } from "../production-orders/helpers";

const MTO = { replenishmentSystem: "PROD_ORDER", manufacturingPolicy: "MAKE_TO_ORDER" } as const;

async function createWithRefresh(sourceNo: string, quantity: string) {
  return createProductionOrderAction(
    null,
    formOf({ status: "FIRM_PLANNED", sourceType: "ITEM", sourceNo, quantity, dueDate: "2026-12-18", refresh: "on" }),
  );
}

async function everything() {
  return { state: await writeState(), lines: await db.prodOrderLine.count(), components: await db.prodOrderComponent.count() };
}

beforeAll(async () => {
  await signInAs("planner");
});

describe("RF-4 a subassembly line's Quantity fits numeric(18,5)", () => {
  it("Quantity 999,999,999 of an item needing 100,000 of a make-to-order subassembly each → a message on Quantity", async () => {
    // GIVEN make-to-order P whose BOM needs 100,000 of make-to-order S per unit
    const sub = await makeItem(db, { ...MTO });
    const bom = await makeProductionBom(db, { lines: [{ no: sub.no, quantityPer: 100_000 }] });
    const parent = await makeItem(db, { ...MTO, productionBomNo: bom.no });
    const before = await everything();
    // WHEN 999,999,999 of P are created with refresh
    const result = await createWithRefresh(parent.no, "999999999");
    // THEN S's line would need 99,999,999,900,000: refused beside Quantity, nothing written
    expect(result).toMatchObject({
      ok: false,
      code: "QUANTITY_TOO_LARGE",
      fieldErrors: {
        quantity: [
          `Quantity is too large: the line for Item ${sub.no} would need a Quantity of 99999999900000, more than 9,999,999,999,999.99999.`,
        ],
      },
    });
    expect(await everything()).toEqual(before);
  });

  it("the same structure at a Quantity that fits is created", async () => {
    // GIVEN the same kind of structure / WHEN 1,000 are created / THEN lines for P and S
    const sub = await makeItem(db, { ...MTO });
    const bom = await makeProductionBom(db, { lines: [{ no: sub.no, quantityPer: 100_000 }] });
    const parent = await makeItem(db, { ...MTO, productionBomNo: bom.no });
    const result = await createWithRefresh(parent.no, "1000");
    expect(result).toMatchObject({ ok: true });
    const lines = await db.prodOrderLine.findMany({ where: { itemNo: sub.no } });
    expect(lines.map((l) => Number(l.quantity))).toEqual([100_000_000]);
  });
});

describe("RF-3 a component's Quantity per and Expected Quantity fit numeric(38,15)", () => {
  it.each([
    ["a purchased component (written in SQL)", "PURCHASE"],
    ["a produced component (in the plan)", "PROD_ORDER"],
  ] as const)(
    "Quantity per 1e12 under a phantom of Quantity per 1e12, %s → a message beside its field, nothing written",
    async (_label, replenishmentSystem) => {
      // GIVEN item X whose BOM holds phantom BOM PH (Quantity per 1e12) holding component C (1e12)
      const component = await makeItem(db, { replenishmentSystem });
      const phantom = await makeProductionBom(db, { lines: [{ no: component.no, quantityPer: "1000000000000" }] });
      const bom = await makeProductionBom(db, { lines: [{ type: "PRODUCTION_BOM", no: phantom.no, quantityPer: "1000000000000" }] });
      const item = await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: bom.no });
      const before = await everything();
      // WHEN one X is created with refresh
      const result = await createWithRefresh(item.no, "1");
      // THEN 1e24 per unit cannot be stored: a message beside a field (Quantity here; Quantity per
      // where the explosion refuses the factor itself), never "Something went wrong"; nothing written
      expect(result).toMatchObject({ ok: false });
      if (!result || result.ok) throw new Error("unreachable");
      expect(result.code).not.toBe("UNEXPECTED");
      expect(Object.keys(result.fieldErrors).length).toBe(1);
      expect(await everything()).toEqual(before);
    },
  );
});
