import "../../support/next-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO_ITEM_NOS } from "@/lib/seed/demo-company";
import type { PlanningData } from "@/lib/services/planning/load-planning-input";
import { loadPlanningInput } from "@/lib/services/planning/load-planning-input";
import { newOrder, releasedOrder } from "../change-status/support";
import { uniqueCode } from "../../factories";
import { createCountingClient } from "../refresh/counting-client";

// PL-2/PL-3: the set-based loader of a regenerative plan, on the demo company (lib/seed) in real
// PostgreSQL: its items with their PL-1 parameters and SKU overrides, certified BOMs with phantoms
// expanded, the outstanding sales lines, open orders' components and lines, and inventory.

const PERIOD = { startingDate: "2026-12-07", endingDate: "2027-01-31" };
const itemOf = (data: PlanningData, no: string) => data.items.find((i) => i.itemNo === no)!;

describe("PL-3 loadPlanningInput on the demo company", () => {
  let data: PlanningData;
  let firm: Awaited<ReturnType<typeof newOrder>>;
  let released: Awaited<ReturnType<typeof releasedOrder>>;

  beforeAll(async () => {
    // GIVEN the demo company with a Firm Planned and a Released order of Bicycles at BLUE, and a
    // Simulated one (ignored) — made and refreshed by the real services
    firm = await newOrder({ status: "FIRM_PLANNED", sourceNo: "1000", quantity: 4, dueDate: "2027-01-15", locationCode: "BLUE" });
    released = await releasedOrder({ sourceNo: "1000", quantity: 3, dueDate: "2027-01-20", locationCode: "RED" });
    await newOrder({ status: "SIMULATED", sourceNo: "1000", quantity: 9, dueDate: "2027-01-10" });
    // WHEN the plan's input is loaded
    data = await loadPlanningInput(db, PERIOD);
  });

  it("reads every item with its planning parameters, and a SKU's blanks as its item's values", () => {
    expect(data.items.map((i) => i.itemNo).sort()).toEqual([...DEMO_ITEM_NOS].sort());
    expect(itemOf(data, "1000").parameters.default).toMatchObject({
      reorderingPolicy: "LOT_FOR_LOT",
      lotAccumulationPeriodDays: 7,
      reschedulingPeriodDays: 14,
      includeInventory: true,
      dampenerPeriodDays: null,
      dampenerQuantity: null,
      maximumOrderQuantity: "0",
    });
    const frontWheel = itemOf(data, "1100");
    expect(frontWheel.parameters.default).toMatchObject({
      reorderingPolicy: "FIXED_REORDER_QTY",
      reorderPoint: "10",
      reorderQuantity: "25",
      safetyStockQuantity: "5",
    });
    // RED overrides three fields; BLUE's SKU (a lead time only) plans with the item's values
    expect(frontWheel.parameters.byKey).toEqual([
      { variantCode: "", locationCode: "BLUE", parameters: frontWheel.parameters.default },
      {
        variantCode: "",
        locationCode: "RED",
        parameters: { ...frontWheel.parameters.default, reorderPoint: "4", reorderQuantity: "10", safetyStockQuantity: "2" },
      },
    ]);
    expect(itemOf(data, "1800").parameters.default.reorderingPolicy).toBeNull();
    expect(itemOf(data, "1001")).toMatchObject({ manufacturingPolicy: "MAKE_TO_ORDER", replenishmentSystem: "PROD_ORDER" });
    expect([data.defaultDampenerPeriodDays, data.defaultDampenerPercent]).toEqual([0, "0"]);
  });

  it("expands phantom BOMs, converts units, adds line scrap, and takes the BOM version valid on the Starting Date", () => {
    const components = (no: string) => Object.fromEntries(itemOf(data, no).components.map((c) => [c.itemNo, c.quantityPer]));
    // Bicycle: the BRAKE-KIT phantom's lines appear as its own; brake pads come in sets of 4
    expect(components("1000")).toMatchObject({ "1100": "1", "1300": "1", "1710": "1", "1720": "1", "1730": "4" });
    expect(Object.keys(components("1000"))).not.toContain("BRAKE-KIT");
    // Front wheel: 3 boxes of 12 spokes with 5 % scrap
    expect(components("1100")["1120"]).toBe("37.8");
    // Touring frame: the primer is a fixed quantity per order
    expect(itemOf(data, "1950").components).toContainEqual({ itemNo: "1970", variantCode: "", quantityPer: "1", fixedQuantity: true });
    // Chain assembly: version V1 (from 2026-01-01), not V2 (from 2027-01-01)
    const v1 = itemOf(data, "1300").components.map((c) => c.itemNo);
    expect(v1).toContain("1310");
    expect(v1).not.toContain("1315");
    // Purchased items have no components
    expect(itemOf(data, "1120").components).toEqual([]);
  });

  it("reads outstanding sales order lines by Shipment Date up to the Ending Date, and leaves quotes and other line types out", () => {
    const sales = data.demands.filter((d) => d.kind === "SALES");
    expect(sales).toContainEqual({
      itemNo: "1000",
      variantCode: "",
      locationCode: "BLUE",
      kind: "SALES",
      date: "2026-12-22",
      quantity: "15",
      source: { type: "SALES", documentNo: "SO-1003", lineNo: 10000 },
    });
    expect(sales).toContainEqual(expect.objectContaining({ itemNo: "1001", variantCode: "BLUE", locationCode: "RED", quantity: "5" }));
    expect(sales.some((d) => d.source.type === "SALES" && d.source.documentNo === "SQ-1001")).toBe(false);
    // SO-1006 ships 2027-02-09, after the Ending Date
    expect(sales.some((d) => d.source.type === "SALES" && d.source.documentNo === "SO-1006")).toBe(false);
    expect(sales.length).toBe(13);
  });

  it("reads the open orders' lines as supply with their version, and their components as demand; Simulated orders are ignored", async () => {
    const supplies = data.supplies.filter((s) => s.kind === "PROD_ORDER");
    expect(supplies).toEqual([
      {
        kind: "PROD_ORDER",
        itemNo: "1000",
        variantCode: "",
        locationCode: "BLUE",
        quantity: "4",
        orderStatus: "FIRM_PLANNED",
        orderNo: firm.no,
        orderLineNo: 10000,
        orderVersion: firm.version,
        dueDate: "2027-01-15",
        startingDate: expect.stringMatching(/^2027-01-1\d$/),
        endingDate: expect.stringMatching(/^2027-01-1\d$/),
        singleLine: true,
      },
      expect.objectContaining({ orderStatus: "RELEASED", orderNo: released.no, locationCode: "RED", quantity: "3", dueDate: "2027-01-20" }),
    ]);
    const componentDemand = data.demands.filter((d) => d.kind === "COMPONENT");
    const firmChain = componentDemand.filter((d) => d.source.type === "COMPONENT" && d.source.orderNo === firm.no && d.itemNo === "1300");
    expect(firmChain).toEqual([
      expect.objectContaining({
        locationCode: "BLUE",
        quantity: "4",
        source: expect.objectContaining({ orderStatus: "FIRM_PLANNED", lineNo: 10000 }),
      }),
    ]);
    const stored = await db.prodOrderComponent.count({
      where: {
        remainingQuantity: { gt: 0 },
        orderLineId: { in: (await db.prodOrderLine.findMany({ where: { orderId: { in: [firm.id, released.id] } } })).map((l) => l.id) },
      },
    });
    expect(componentDemand.length).toBe(stored);
  });

  it("reads inventory per item, variant and location", () => {
    const inventory = data.supplies.filter((s) => s.kind === "INVENTORY");
    expect(inventory).toContainEqual({ kind: "INVENTORY", itemNo: "1001", variantCode: "BLUE", locationCode: "BLUE", quantity: "2" });
    expect(inventory).toContainEqual({ kind: "INVENTORY", itemNo: "1120", variantCode: "", locationCode: "BLUE", quantity: "2400" });
  });
});

describe("PL-2 the loader is set-based", () => {
  const client = createCountingClient(process.env.DATABASE_URL!);
  afterAll(() => client.close());

  it("GIVEN 300 more items with BOMs, sales lines and inventory WHEN the input is loaded THEN it takes the same eight statements", async () => {
    // GIVEN the demo company …
    const small = await client.count(() => loadPlanningInput(client.db, PERIOD));
    // … and then 300 more planned items, each with a certified BOM of two components, a sales line and a balance
    const prefix = uniqueCode("PLS", 8);
    const nos = Array.from({ length: 300 }, (_, i) => `${prefix}${String(i).padStart(3, "0")}`);
    await db.productionBom.createMany({ data: nos.map((no) => ({ no, unitOfMeasureCode: "PCS", status: "CERTIFIED" as const })) });
    await db.item.createMany({
      data: nos.map((no) => ({
        no,
        baseUnitOfMeasure: "PCS",
        replenishmentSystem: "PROD_ORDER" as const,
        productionBomNo: no,
        reorderingPolicy: "LOT_FOR_LOT" as const,
      })),
    });
    await db.productionBomLine.createMany({
      data: nos.flatMap((no) => [
        { bomNo: no, lineNo: 10000, no: "1110", quantityPer: 2, unitOfMeasureCode: "PCS" },
        { bomNo: no, lineNo: 20000, no: "1160", quantityPer: 1, unitOfMeasureCode: "PCS" },
      ]),
    });
    await db.salesHeader.create({ data: { no: prefix, locationCode: "BLUE", shipmentDate: new Date("2027-01-05T00:00:00Z") } });
    await db.salesLine.createMany({
      data: nos.map((no, i) => ({
        documentNo: prefix,
        lineNo: (i + 1) * 10000,
        no,
        itemNo: no,
        quantity: 3,
        outstandingQuantity: 3,
        locationCode: "BLUE",
      })),
    });
    await db.inventoryBalance.createMany({ data: nos.map((no) => ({ itemNo: no, locationCode: "RED", quantity: 1 })) });
    // WHEN
    const large = await client.count(() => loadPlanningInput(client.db, PERIOD));
    // THEN the new rows are read …
    expect(large.result.items.length).toBe(small.result.items.length + 300);
    expect(large.result.demands.length).toBe(small.result.demands.length + 300);
    expect(large.result.items.find((i) => i.itemNo === nos[7])!.components.map((c) => [c.itemNo, c.quantityPer])).toEqual([
      ["1110", "2"],
      ["1160", "1"],
    ]);
    // … with the same statements as before
    expect(large.statements.length).toBe(small.statements.length);
    expect(small.statements.length).toBe(8);
  });
});
