// Covers PO-1 (each status draws from its own series in Manufacturing Setup; a missing setup
// field is a clear error; the key is (Status, No.)), PO-3 (No. from the series unless entered
// manually), NS-5/NS-8 (gap-free Normal series FPL-PROD: 101001, 101002…; a failure after the
// draw gives the number back), NS-9 (Sequence series SIM-PROD / PL-PROD), NS-6 (the Warning No.
// still assigns and returns a warning), NS-11 (manual No. only with Manual Nos., exact message;
// unique per status; the series then skips a number entered by hand — po_take_next_no),
// X-3 (the create audit entry is written with the order, and not at all when the create fails).
// Tests run in file order: the first ones see the demo series untouched.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { upsertManufacturingSetup } from "../../factories";
import { actorFor, createInput, expectDomainError, lastNoUsed, setLastNoUsed, writeState } from "./helpers";

const create = async (over: Parameters<typeof createInput>[0]) => createProductionOrder(db, createInput(over), await actorFor("planner"));
const ordersNamed = (no: string) => db.productionOrder.findMany({ where: { no }, select: { status: true, no: true, noSeries: true } });
const manualNotAllowed = (series: string) =>
  `You may not enter numbers manually. If you want to enter numbers manually, please activate Manual Nos. in No. Series ${series}.`;

describe("PO-1/NS-8 numbers from the status's series", () => {
  it("Firm Planned orders get 101001, 101002 from FPL-PROD, stamped with the series, audited with the number", async () => {
    // GIVEN the demo FPL-PROD series, never used
    expect(await lastNoUsed("FPL-PROD")).toBe("");
    // WHEN two Firm Planned orders are created
    const first = await create({ status: "FIRM_PLANNED" });
    const second = await create({ status: "FIRM_PLANNED" });
    // THEN they have consecutive numbers, the line remembers the last one
    expect([first.no, second.no]).toEqual(["101001", "101002"]);
    expect([first.warning, second.warning]).toEqual([null, null]);
    expect(await ordersNamed("101001")).toEqual([{ status: "FIRM_PLANNED", no: "101001", noSeries: "FPL-PROD" }]);
    expect(await lastNoUsed("FPL-PROD")).toBe("101002");
    // AND X-3: one create audit entry per order, by the planner, with the drawn number
    const planner = await actorFor("planner");
    const audit = await db.auditEntry.findMany({ where: { orderId: { in: [first.id, second.id] } }, orderBy: { id: "asc" } });
    expect(audit).toMatchObject([
      {
        action: "create",
        entityType: "ProductionOrder",
        entityKey: "101001",
        newNo: "101001",
        newStatus: "FIRM_PLANNED",
        userId: planner.id,
        userEmail: "planner@cronus.demo",
      },
      { action: "create", entityType: "ProductionOrder", entityKey: "101002", newNo: "101002", newStatus: "FIRM_PLANNED" },
    ]);
    expect(audit[0].changes).toMatchObject({ sourceType: "ITEM", sourceNo: "1000", quantity: 1 });
  });

  it("Simulated orders draw S-PROD-00001, S-PROD-00002 from the Sequence series SIM-PROD; Planned PL-00001 from PL-PROD", async () => {
    // GIVEN the demo Sequence series, never used
    // WHEN two Simulated and one Planned order are created
    const s1 = await create({ status: "SIMULATED" });
    const s2 = await create({ status: "SIMULATED" });
    const p1 = await create({ status: "PLANNED" });
    // THEN each status has its own numbers and series
    expect([s1.no, s2.no, p1.no]).toEqual(["S-PROD-00001", "S-PROD-00002", "PL-00001"]);
    expect(await ordersNamed("S-PROD-00002")).toEqual([{ status: "SIMULATED", no: "S-PROD-00002", noSeries: "SIM-PROD" }]);
    expect(await ordersNamed("PL-00001")).toEqual([{ status: "PLANNED", no: "PL-00001", noSeries: "PL-PROD" }]);
  });

  it("PO-1 the same No. may exist in two statuses", async () => {
    // GIVEN 101001 exists as Firm Planned, and PL-PROD allows manual numbers for this test
    await db.noSeries.update({ where: { code: "PL-PROD" }, data: { manualNos: true } });
    try {
      // WHEN a Planned order 101001 is entered by hand
      const planned = await create({ status: "PLANNED", no: "101001" });
      // THEN both rows exist, the manual one without a series
      expect(planned.no).toBe("101001");
      expect(
        await db.productionOrder.findMany({
          where: { no: "101001" },
          orderBy: { status: "asc" },
          select: { status: true, noSeries: true },
        }),
      ).toEqual([
        { status: "PLANNED", noSeries: null },
        { status: "FIRM_PLANNED", noSeries: "FPL-PROD" },
      ]);
    } finally {
      await db.noSeries.update({ where: { code: "PL-PROD" }, data: { manualNos: false } });
    }
  });
});

describe("NS-6 Warning No.", () => {
  it("198999 has no warning; 199000 (the Warning No.) and after are assigned with a warning", async () => {
    // GIVEN FPL-PROD (warning 199000) at 198998
    await setLastNoUsed("FPL-PROD", "198998");
    // WHEN three orders are created
    const a = await create({});
    const b = await create({});
    const c = await create({});
    // THEN all are assigned; the warning from the Warning No. on
    expect([a.no, b.no, c.no]).toEqual(["198999", "199000", "199001"]);
    expect(a.warning).toBeNull();
    expect(b.warning).toBe("The number series FPL-PROD will soon run out of numbers: 199000 has reached its Warning No.");
    expect(c.warning).toBe("The number series FPL-PROD will soon run out of numbers: 199001 has reached its Warning No.");
    expect(await ordersNamed("199000")).toHaveLength(1);
  });
});

describe("NS-11 manual numbers", () => {
  it("FPL-PROD (Manual Nos.) accepts a typed No.; the series then skips it when it comes round", async () => {
    // GIVEN FPL-PROD at 150000
    await setLastNoUsed("FPL-PROD", "150000");
    // WHEN 150001 is entered by hand, then an order gets the next number automatically
    const manual = await create({ no: "150001" });
    const before = await lastNoUsed("FPL-PROD");
    const auto = await create({});
    // THEN the manual one is stored without a series and did not use the series;
    // the automatic one skips the taken 150001 and gets 150002
    expect(manual.no).toBe("150001");
    expect(before).toBe("150000");
    expect(await ordersNamed("150001")).toEqual([{ status: "FIRM_PLANNED", no: "150001", noSeries: null }]);
    expect(auto.no).toBe("150002");
    expect(await lastNoUsed("FPL-PROD")).toBe("150002");
    // AND the manual create is audited with its number
    expect(await db.auditEntry.findFirst({ where: { orderId: manual.id } })).toMatchObject({
      action: "create",
      newNo: "150001",
      entityKey: "150001",
    });
  });

  it.each([
    ["SIM-PROD", "SIMULATED"],
    ["PL-PROD", "PLANNED"],
  ] as const)("%s (no Manual Nos.) refuses a typed No. with the NS-11 message on field no; nothing written", async (series, status) => {
    // GIVEN the database as it is
    const before = await writeState();
    // WHEN a number is typed for that status / THEN the exact message, and nothing changed
    await expectDomainError(create({ status, no: "MY-1" }), "NS_MANUAL_NOT_ALLOWED", manualNotAllowed(series), "no");
    expect(await writeState()).toEqual(before);
  });

  it("a manual No. that exists for the status is refused as 'already exists' and no second row is written", async () => {
    // GIVEN order M-100 entered by hand
    await create({ no: "M-100" });
    const before = await writeState();
    // WHEN M-100 is entered again for Firm Planned
    await expectDomainError(create({ no: "M-100" }), "NO_EXISTS", "Production order M-100 already exists with this status.", "no");
    // THEN one row only, no audit entry, no number used
    expect(await ordersNamed("M-100")).toHaveLength(1);
    expect(await writeState()).toEqual(before);
  });
});

describe("NS-8/X-3 a create that fails after its insert rolls everything back", () => {
  afterEach(async () => {
    await setLastNoUsed("FPL-PROD", "160000");
  });

  it("FPL-PROD used up to its Ending No.: run-out message on field no, no order, no audit entry, Last No. Used unchanged", async () => {
    // GIVEN FPL-PROD at its Ending No. 199999 (line still open)
    await setLastNoUsed("FPL-PROD", "199999");
    const before = await writeState();
    // WHEN an order is created (its row is inserted before the number is drawn)
    await expectDomainError(
      create({}),
      "NS_RUN_OUT",
      "You cannot assign numbers greater than 199999 from the number series FPL-PROD.",
      "no",
    );
    // THEN the insert and the audit entry were rolled back with the failed draw
    expect(await writeState()).toEqual(before);
    expect(await db.productionOrder.count({ where: { no: { startsWith: "~" } } })).toBe(0);
  });
});

describe("PO-1 a missing series in Manufacturing Setup", () => {
  afterEach(async () => {
    await upsertManufacturingSetup(db, { simulatedOrderNos: "SIM-PROD", plannedOrderNos: "PL-PROD", firmPlannedOrderNos: "FPL-PROD" });
  });

  it.each([
    ["SIMULATED", { simulatedOrderNos: null }, "Simulated Order Nos."],
    ["PLANNED", { plannedOrderNos: null }, "Planned Order Nos."],
    ["FIRM_PLANNED", { firmPlannedOrderNos: null }, "Firm Planned Order Nos."],
  ] as const)("%s without its series is refused with a clear message on field no; nothing written", async (status, blank, caption) => {
    // GIVEN setup without that status's series
    await upsertManufacturingSetup(db, blank);
    const before = await writeState();
    // WHEN an order of that status is created (also with a manual No.) / THEN the message
    await expectDomainError(create({ status }), "SERIES_MISSING", `${caption} must have a value in Manufacturing Setup.`, "no");
    await expectDomainError(create({ status, no: "X-1" }), "SERIES_MISSING", `${caption} must have a value in Manufacturing Setup.`, "no");
    expect(await writeState()).toEqual(before);
  });
});
