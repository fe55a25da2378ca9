// NS-5: a number that grows past 20 characters (the length of every document No. column, Code[20]
// in BC) cannot be assigned. The database's draw refuses it with BC's message, beside the field,
// in every document that draws numbers, and writes nothing; peek shows no number.
import "../../support/next-mocks";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createProductionOrderAction } from "@/lib/actions/production-orders";
import { db } from "@/lib/db";
import { peekNextNo } from "@/lib/services/no-series/document-no";
import { changeProductionOrderStatus } from "@/lib/services/production-orders/change-status";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { replanProductionOrder } from "@/lib/services/production-orders/replan";
import { makeNoSeries, upsertManufacturingSetup } from "../../factories";
import { setLocale } from "../../support/locale";
import { getNextNo } from "../../support/no-series-draw";
import { signInAs } from "../../support/session";
import { actorFor, createInput, expectDomainError, formOf, writeState } from "../production-orders/helpers";
import { newOrder } from "../change-status/support";
import { makeTwoLevelProduct, replanChildren } from "../replan/support";
import { readLines } from "./support";

// 20 characters each; the next number would be 21.
const LAST_NORMAL = "FP-99999999999999999";
const NEXT_NORMAL = "FP-100000000000000000";
const LAST_SEQUENCE = "SEQUENCE-NO-99999999";
const NEXT_SEQUENCE = "SEQUENCE-NO-100000000";
const tooLong = (no: string) => `The number ${no} cannot be extended to more than 20 characters.`;

/** A series whose next number is 21 characters long. */
const fullSeries = (implementation: "NORMAL" | "SEQUENCE" = "NORMAL") =>
  makeNoSeries(db, {
    lines: [
      implementation === "NORMAL"
        ? { startingNo: "FP-00000000000000001", lastNoUsed: LAST_NORMAL }
        : { startingNo: "SEQUENCE-NO-00000001", lastNoUsed: LAST_SEQUENCE, implementation },
    ],
  });

afterAll(() => setLocale("en"));
// Each test points a status at a full series; the next one starts from the demo setup again.
afterEach(() => upsertManufacturingSetup(db, { firmPlannedOrderNos: "FPL-PROD", releasedOrderNos: "REL-PROD" }));

describe("NS-5 a number longer than 20 characters is refused", () => {
  it("a Normal line: the draw fails with the message, Last No. Used stays; peek shows none", async () => {
    // GIVEN a Normal line at FP-99999999999999999 (20 characters)
    const series = await fullSeries();
    // WHEN the next number is drawn THEN NS-5 refuses FP-100000000000000000
    await expectDomainError(getNextNo(db, series.code), "NS_NO_TOO_LONG", tooLong(NEXT_NORMAL));
    // AND the line is as it was, and peek has no number to show
    expect((await readLines(series.code)).map((l) => [l.lastNoUsed, l.open])).toEqual([[LAST_NORMAL, true]]);
    expect(await peekNextNo(db, series.code)).toBeNull();
  });

  it("a Sequence line: the draw fails with the message; peek shows none", async () => {
    // GIVEN a Sequence line at SEQUENCE-NO-99999999 (20 characters)
    const series = await fullSeries("SEQUENCE");
    // WHEN drawn THEN refused, never handed out
    await expectDomainError(getNextNo(db, series.code), "NS_NO_TOO_LONG", tooLong(NEXT_SEQUENCE));
    expect(await peekNextNo(db, series.code)).toBeNull();
  });

  it("creating an order: the message beside No., nothing written", async () => {
    // GIVEN Firm Planned orders number from the full series
    const series = await fullSeries();
    await upsertManufacturingSetup(db, { firmPlannedOrderNos: series.code });
    const before = await writeState();
    // WHEN a planner creates a Firm Planned order THEN NS-5 refuses it beside No.
    await expectDomainError(
      createProductionOrder(db, createInput(), await actorFor("planner")),
      "NS_NO_TOO_LONG",
      tooLong(NEXT_NORMAL),
      "no",
    );
    // AND nothing was written
    expect(await writeState()).toEqual(before);
  });

  it("creating an order through the form, in English and in Dutch", async () => {
    // GIVEN Firm Planned orders number from the full series, a signed-in planner
    const series = await fullSeries();
    await upsertManufacturingSetup(db, { firmPlannedOrderNos: series.code });
    await signInAs("planner");
    const form = {
      status: "FIRM_PLANNED",
      sourceType: "ITEM",
      sourceNo: "1000",
      quantity: "5",
      dueDate: "2026-12-14",
      locationCode: "BLUE",
    };
    // WHEN the form is posted THEN the message stands beside No., never "Something went wrong"
    expect(await createProductionOrderAction(null, formOf(form))).toMatchObject({ ok: false, fieldErrors: { no: [tooLong(NEXT_NORMAL)] } });
    await setLocale("nl");
    expect(await createProductionOrderAction(null, formOf(form))).toMatchObject({
      ok: false,
      fieldErrors: { no: [`Het nummer ${NEXT_NORMAL} kan niet worden verlengd tot meer dan 20 tekens.`] },
    });
    await setLocale("en");
  });

  it("changing the status: renumbering from the full series is refused beside New Status, the order stays", async () => {
    // GIVEN a firm planned order, and Released orders numbered from the full series
    const order = await newOrder({ refresh: false });
    const series = await fullSeries();
    await upsertManufacturingSetup(db, { releasedOrderNos: series.code });
    const before = await writeState();
    // WHEN it is released THEN NS-5 refuses the new number beside New Status
    const change = changeProductionOrderStatus(
      db,
      { id: order.id, version: order.version, newStatus: "RELEASED" },
      await actorFor("supervisor"),
    );
    await expectDomainError(change, "NS_NO_TOO_LONG", tooLong(NEXT_NORMAL), "newStatus");
    // AND nothing changed
    expect(await writeState()).toEqual(before);
    expect(await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "FIRM_PLANNED", no: order.no });
  });

  it("replanning: the child orders cannot be numbered, refused beside Plan, none created", async () => {
    // GIVEN a firm planned order whose replan makes a child order, numbered from the full series
    const t = await makeTwoLevelProduct();
    const order = await newOrder({ sourceNo: t.p, quantity: 10 });
    const series = await fullSeries();
    await upsertManufacturingSetup(db, { firmPlannedOrderNos: series.code });
    // WHEN replanned with One Level THEN NS-5 refuses beside Plan
    const replan = replanProductionOrder(
      db,
      { id: order.id, version: order.version, direction: "BACK", plan: "ONE_LEVEL" },
      await actorFor("supervisor"),
    );
    await expectDomainError(replan, "NS_NO_TOO_LONG", tooLong(NEXT_NORMAL), "plan");
    // AND no child order exists
    expect(await replanChildren(order)).toEqual([]);
  });
});
