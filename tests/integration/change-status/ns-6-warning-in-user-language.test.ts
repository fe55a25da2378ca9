// NS-6 through Change Status and Replan: a number drawn at or after its line's Warning No. comes
// back with the "series will soon run out" warning in the user's language (the service returns
// the Message, the action words it with the request's locale), not in English for everyone.
import "../../support/next-mocks";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeStatusAction } from "@/lib/actions/change-status";
import { replanAction } from "@/lib/actions/replan";
import { setLocale } from "../../support/locale";
import { signInAs, signOut } from "../../support/session";
import { setLastNoUsed } from "../production-orders/helpers";
import { makeTwoLevelProduct } from "../replan/support";
import { newOrder } from "./support";

/** The series' line at `lastNo`, warning from the number after it on; returns that number. */
async function warnFromNext(seriesCode: string, lastNo: string) {
  await setLastNoUsed(seriesCode, lastNo);
  const next = String(Number(lastNo) + 1);
  await db.noSeriesLine.updateMany({ where: { seriesCode }, data: { warningNo: next } });
  return next;
}

afterEach(async () => {
  signOut();
  await setLocale("en");
  await db.noSeriesLine.updateMany({ where: { seriesCode: "REL-PROD" }, data: { warningNo: "" } });
  await db.noSeriesLine.updateMany({ where: { seriesCode: "FPL-PROD" }, data: { warningNo: "199000" } });
});

describe("NS-6 warning of Change Status and Replan in the user's language", () => {
  it("a Dutch supervisor releasing an order is warned in Dutch; an English one in English", async () => {
    // GIVEN the Released series warning from its next number on
    const a = await newOrder({ refresh: false });
    const b = await newOrder({ refresh: false });
    const warned = await warnFromNext("REL-PROD", "250000");
    // WHEN a Dutch supervisor releases one order, and an English one the next
    await signInAs("supervisor");
    await setLocale("nl");
    const nl = await changeStatusAction(null, { id: a.id, version: a.version, newStatus: "RELEASED" });
    await setLocale("en");
    const en = await changeStatusAction(null, { id: b.id, version: b.version, newStatus: "RELEASED" });
    // THEN each is told in their own language
    expect(nl).toMatchObject({
      ok: true,
      data: { no: warned, warning: `De nummers van nummerreeks REL-PROD raken bijna op: ${warned} heeft het waarschuwingsnr. bereikt.` },
    });
    expect(en).toMatchObject({
      ok: true,
      data: {
        warning: `The number series REL-PROD will soon run out of numbers: ${String(Number(warned) + 1)} has reached its Warning No.`,
      },
    });
  });

  it("a release that draws no warned number has no warning", async () => {
    const order = await newOrder({ refresh: false });
    await signInAs("supervisor");
    await setLocale("nl");
    const r = await changeStatusAction(null, { id: order.id, version: order.version, newStatus: "RELEASED" });
    expect(r).toMatchObject({ ok: true, data: { warning: null } });
  });

  it("a Dutch supervisor's Replan that numbers a child order from a warned series is warned in Dutch", async () => {
    // GIVEN a firm planned order short of a produced component, and FPL-PROD warning from its next number
    const t = await makeTwoLevelProduct();
    const order = await newOrder({ sourceNo: t.p, quantity: 10 });
    const warned = await warnFromNext("FPL-PROD", "150000");
    // WHEN a Dutch supervisor replans it with One Level
    await signInAs("supervisor");
    await setLocale("nl");
    const r = await replanAction(null, { id: order.id, version: order.version, direction: "BACK", plan: "ONE_LEVEL" });
    // THEN the child order gets the warned number and the warning is Dutch
    expect(r).toMatchObject({
      ok: true,
      data: {
        created: [expect.objectContaining({ no: warned })],
        warning: `De nummers van nummerreeks FPL-PROD raken bijna op: ${warned} heeft het waarschuwingsnr. bereikt.`,
      },
    });
  });
});
