// Output (BC's Production Journal reduced to output) and ST-4: a supervisor records Output
// Quantity per line of a Released order, in one transaction with its version check and
// audit entry (X-3); it is added to the item's inventory on hand at the line's location, so RP-3's
// availability (on hand + open orders' Quantity − Finished Quantity) counts it exactly once
// before and after Finish; Finish asks for confirmation only while a line's output is missing.
import "../../support/next-mocks";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordOutputAction } from "@/lib/actions/output";
import { changeProductionOrderStatus } from "@/lib/services/production-orders/change-status";
import { recordOutput } from "@/lib/services/production-orders/record-output";
import { signInAs, signOut } from "../../support/session";
import { actorFor, auditOf, expectDomainError, newOrder, releasedOrder, writeState } from "../change-status/support";

const onHand = async (itemNo: string, locationCode: string) => {
  const row = await db.inventoryBalance.findUnique({
    where: { itemNo_variantCode_locationCode: { itemNo, variantCode: "", locationCode } },
  });
  return Number(row?.quantity ?? 0);
};

/** RP-3's supply side for an item at a location: on hand + what open orders will still output. */
async function supply(itemNo: string, locationCode: string) {
  const [row] = await db.$queryRaw<{ open: string }[]>`
    SELECT coalesce(sum(l.quantity - l."finishedQuantity"), 0)::text AS open FROM "ProdOrderLine" l JOIN "ProductionOrder" o ON o.id = l."orderId"
    WHERE o.status <> 'FINISHED' AND o.status <> 'SIMULATED' AND l."itemNo" = ${itemNo} AND l."variantCode" = '' AND l."locationCode" = ${locationCode}`;
  return (await onHand(itemNo, locationCode)) + Number(row.open);
}

/** A refreshed Item order has one line, Line No. 10000 (as BC numbers them). */
const LINE = 10000;
const lineOf = (orderId: number) => db.prodOrderLine.findFirstOrThrow({ where: { orderId, lineNo: LINE } });

describe("Output is recorded per line of a Released order, audited, and put on inventory", () => {
  it("recording the whole quantity: line, inventory, version and History; Finish then needs no confirmation and counts it once", async () => {
    // GIVEN a released order of 2 × item 1000 at BLUE
    const order = await releasedOrder({ quantity: 2 });
    const line = await lineOf(order.id);
    expect(line.locationCode).toBe("BLUE");
    const stockBefore = await onHand("1000", "BLUE");
    const supplyBefore = await supply("1000", "BLUE");
    // WHEN a supervisor records output 2 on line 10000
    const r = await recordOutput(
      db,
      { id: order.id, version: order.version, lineNo: LINE, outputQuantity: "2" },
      await actorFor("supervisor"),
    );
    // THEN the line has Finished 2, Remaining 0; the inventory at BLUE grew by 2; the order's version moved on
    const after = await lineOf(order.id);
    expect([Number(after.finishedQuantity), Number(after.remainingQuantity)]).toEqual([2, 0]);
    expect(await onHand("1000", "BLUE")).toBe(stockBefore + 2);
    const row = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(row.version).toBe(order.version + 1);
    expect(r).toMatchObject({ version: row.version, finishedQuantity: "2", remainingQuantity: "0" });
    // AND the History says who recorded what
    const [entry] = await auditOf(order.id, "output");
    expect(entry).toMatchObject({ userEmail: "supervisor@cronus.demo", newStatus: "RELEASED", newNo: order.no });
    expect(entry.changes).toMatchObject({
      lineNo: LINE,
      itemNo: "1000",
      locationCode: "BLUE",
      outputQuantity: "2",
      finishedQuantity: ["0", "2"],
    });
    // AND availability's supply is unchanged: the 2 moved from open output to on hand
    expect(await supply("1000", "BLUE")).toBe(supplyBefore);
    // WHEN the order is finished without confirmation / THEN it is Finished (ST-4: nothing missing), inventory kept
    await changeProductionOrderStatus(db, { id: order.id, version: row.version, newStatus: "FINISHED" }, await actorFor("supervisor"));
    expect((await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("FINISHED");
    expect(await onHand("1000", "BLUE")).toBe(stockBefore + 2);
    expect(await supply("1000", "BLUE")).toBe(supplyBefore);
  });

  it("ST-4: partial output still asks on Finish; after the rest is recorded it does not", async () => {
    // GIVEN a released order of 3 with output 1 recorded
    const order = await releasedOrder({ quantity: 3 });
    const supervisor = await actorFor("supervisor");
    const first = await recordOutput(db, { id: order.id, version: order.version, lineNo: LINE, outputQuantity: "1" }, supervisor);
    // WHEN finished without confirmation / THEN asked, nothing written
    const before = await writeState();
    await expectDomainError(
      changeProductionOrderStatus(db, { id: order.id, version: first.version, newStatus: "FINISHED" }, supervisor),
      "CONFIRM_NO_OUTPUT",
      `Production order ${order.no} has 1 line(s) whose output is still missing. Do you still want to finish the order?`,
      "confirmNoOutput",
    );
    expect(await writeState()).toEqual(before);
    // WHEN the remaining 2 are recorded / THEN Finish goes through without a question
    const second = await recordOutput(db, { id: order.id, version: first.version, lineNo: LINE, outputQuantity: "2" }, supervisor);
    await changeProductionOrderStatus(db, { id: order.id, version: second.version, newStatus: "FINISHED" }, supervisor);
    expect((await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("FINISHED");
  });

  it("a negative Output Quantity corrects earlier output, and the inventory with it", async () => {
    const order = await releasedOrder({ quantity: 5 });
    const supervisor = await actorFor("supervisor");
    const stock = await onHand("1000", "BLUE");
    const a = await recordOutput(db, { id: order.id, version: order.version, lineNo: LINE, outputQuantity: "4" }, supervisor);
    await recordOutput(db, { id: order.id, version: a.version, lineNo: LINE, outputQuantity: "-1.5" }, supervisor);
    const line = await lineOf(order.id);
    expect([Number(line.finishedQuantity), Number(line.remainingQuantity)]).toEqual([2.5, 2.5]);
    expect(await onHand("1000", "BLUE")).toBe(stock + 2.5);
  });
});

describe("Output refusals write nothing", () => {
  it.each([
    ["a Firm Planned order", "OUTPUT_NOT_RELEASED"],
    ["a stale version (X-2)", "STALE"],
    ["a correction below nothing", "OUTPUT_BELOW_ZERO"],
    ["an unknown line", "LINE_NOT_FOUND"],
    ["an item that is Production Blocked = Output", "RELEASE_BLOCKED"],
  ] as const)("%s", async (_case, code) => {
    // GIVEN an order in the state the case needs
    const order = code === "OUTPUT_NOT_RELEASED" ? await newOrder({ quantity: 2 }) : await releasedOrder({ quantity: 2 });
    if (code === "RELEASE_BLOCKED") await db.item.update({ where: { no: "1000" }, data: { productionBlocked: "OUTPUT" } });
    const input = {
      id: order.id,
      version: code === "STALE" ? order.version + 7 : order.version,
      lineNo: code === "LINE_NOT_FOUND" ? 99 : LINE,
      outputQuantity: code === "OUTPUT_BELOW_ZERO" ? "-1" : "1",
    };
    const stock = await onHand("1000", "BLUE");
    const before = await writeState();
    const lineBefore = await lineOf(order.id);
    try {
      // WHEN output is posted / THEN refused with the code, and order, line, inventory and audit are as they were
      const error = await recordOutput(db, input, await actorFor("supervisor")).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code });
      expect(await writeState()).toEqual(before);
      expect(await lineOf(order.id)).toEqual(lineBefore);
      expect(await onHand("1000", "BLUE")).toBe(stock);
    } finally {
      if (code === "RELEASE_BLOCKED") await db.item.update({ where: { no: "1000" }, data: { productionBlocked: "NONE" } });
    }
  });

  it("the not-Released message names the order and its status", async () => {
    const order = await newOrder({ quantity: 2 });
    await expectDomainError(
      recordOutput(db, { id: order.id, version: order.version, lineNo: LINE, outputQuantity: "1" }, await actorFor("supervisor")),
      "OUTPUT_NOT_RELEASED",
      `Output can only be recorded on a Released production order. Production order ${order.no} is Firm Planned.`,
      "outputQuantity",
    );
  });
});

describe("X-1 Record Output is for supervisors and admins; bad input is answered beside the field", () => {
  it("a planner is refused; a supervisor's '1e3' or '0' is a message beside Output Quantity; '1.5' posts 1.5", async () => {
    const order = await releasedOrder({ quantity: 2 });
    await signInAs("planner");
    expect(await recordOutputAction(null, { id: order.id, version: order.version, lineNo: LINE, outputQuantity: "1" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    await signInAs("supervisor");
    expect(await recordOutputAction(null, { id: order.id, version: order.version, lineNo: LINE, outputQuantity: "1e3" })).toMatchObject({
      ok: false,
      fieldErrors: { outputQuantity: ["Output Quantity must be a number."] },
    });
    expect(await recordOutputAction(null, { id: order.id, version: order.version, lineNo: LINE, outputQuantity: "0" })).toMatchObject({
      ok: false,
      fieldErrors: { outputQuantity: ["Output Quantity must not be 0."] },
    });
    const ok = await recordOutputAction(null, {
      id: String(order.id),
      version: String(order.version),
      lineNo: String(LINE),
      outputQuantity: "1.5",
    });
    expect(ok).toMatchObject({ ok: true, data: { finishedQuantity: "1.5" } });
    signOut();
  });
});
