import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { seedDemoOrders } from "@/lib/seed/demo-orders";
import { calculateRegenerativePlan } from "@/lib/services/planning/calculate-regenerative-plan";
import { carryOutActionMessages } from "@/lib/services/planning/carry-out";

// PL-8 Carry Out Action Message as a service, in real PostgreSQL: the worksheet's filter (BC's
// Carry Out within the page's filter).

const PERIOD = { startingDate: "2026-12-07", endingDate: "2027-02-28" };

async function plannerWithWorksheet() {
  const planner = await db.user.findUniqueOrThrow({ where: { email: "planner@cronus.demo" } });
  const user = { id: planner.id, email: planner.email, role: "planner" as const };
  await calculateRegenerativePlan(PERIOD, user);
  const tops = await db.planningWorksheetLine.findMany({
    where: { userId: user.id, actionMessage: "NEW", replenishmentSystem: "PROD_ORDER", parentLineNo: null },
    orderBy: { lineNo: "asc" },
  });
  return { user, tops };
}
const setAccept = (userId: string, lineNo: number, acceptActionMessage: boolean) =>
  db.planningWorksheetLine.update({ where: { userId_lineNo: { userId, lineNo } }, data: { acceptActionMessage } });
const flagsOf = (userId: string) =>
  db.planningWorksheetLine.findMany({ where: { userId }, select: { lineNo: true, acceptActionMessage: true }, orderBy: { lineNo: "asc" } });

describe("PL-8 carryOutActionMessages within the worksheet's filter (lineNos)", () => {
  beforeAll(async () => {
    await seedDemoOrders(db);
  });

  it("GIVEN accepted lines in and out of the filter and an unaccepted one in it WHEN carried out with the filter THEN only the accepted lines in it are carried out, with their component lines, and no flag changes", async () => {
    const { user, tops } = await plannerWithWorksheet();
    expect(tops.length).toBeGreaterThanOrEqual(3);
    const [inFilter, unaccepted, outside] = tops;
    await setAccept(user.id, inFilter.lineNo, true);
    await setAccept(user.id, unaccepted.lineNo, false);
    await setAccept(user.id, outside.lineNo, true);
    const gone = new Set(
      (
        await db.planningWorksheetLine.findMany({
          where: { userId: user.id, OR: [{ lineNo: inFilter.lineNo }, { parentLineNo: inFilter.lineNo }] },
        })
      ).map((l) => l.lineNo),
    );
    const flagsBefore = (await flagsOf(user.id)).filter((l) => !gone.has(l.lineNo));
    // WHEN
    const results = await carryOutActionMessages({ status: "FIRM_PLANNED", lineNos: [inFilter.lineNo, unaccepted.lineNo] }, user);
    // THEN only the accepted line in the filter has a result: a Firm Planned order of its item
    expect(results).toEqual([expect.objectContaining({ lineNo: inFilter.lineNo, ok: true, orderStatus: "FIRM_PLANNED" })]);
    const r = results[0];
    const order = await db.productionOrder.findFirstOrThrow({ where: { status: "FIRM_PLANNED", no: r.ok ? r.orderNo! : "" } });
    expect(order.sourceNo).toBe(inFilter.itemNo);
    // … it left the worksheet with its component lines; every other line is there with its flag
    expect(await flagsOf(user.id)).toEqual(flagsBefore);
  });

  it("GIVEN a filter naming a Line No. not on the worksheet WHEN carried out THEN it is refused beside lineNos and nothing is written", async () => {
    const { user, tops } = await plannerWithWorksheet();
    await setAccept(user.id, tops[0].lineNo, true);
    const linesBefore = await flagsOf(user.id);
    const ordersBefore = await db.productionOrder.count();
    // WHEN
    const refused = await carryOutActionMessages({ status: "FIRM_PLANNED", lineNos: [tops[0].lineNo, 999999] }, user).catch(
      (e: unknown) => e,
    );
    // THEN
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: "VALIDATION", field: "lineNos" });
    expect(await flagsOf(user.id)).toEqual(linesBefore);
    expect(await db.productionOrder.count()).toBe(ordersBefore);
  });
});
