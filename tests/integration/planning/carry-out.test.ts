import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { renderMessage } from "@/lib/i18n/domain-message";
import { seedDemoOrders } from "@/lib/seed/demo-orders";
import { acceptActionMessages } from "@/lib/services/planning/accept-action-messages";
import { calculateRegenerativePlan } from "@/lib/services/planning/calculate-regenerative-plan";
import { carryOutActionMessages } from "@/lib/services/planning/carry-out";

// PL-8 Carry Out Action Message and PL-9 on the demo company (lib/seed, with its orders), in real
// PostgreSQL: orders made, changed and deleted through the planner's own services.

const PERIOD = { startingDate: "2026-12-07", endingDate: "2027-02-28" };
type Line = {
  lineNo: number;
  actionMessage: string;
  itemNo: string;
  replenishmentSystem: string;
  refOrderNo: string | null;
  refOrderStatus: string | null;
};
let planner: { id: string; email: string; role: "planner" };

const linesOf = () =>
  db.$queryRaw<Line[]>`
    SELECT "lineNo", "actionMessage"::text AS "actionMessage", "itemNo", "replenishmentSystem"::text AS "replenishmentSystem",
      "refOrderNo", "refOrderStatus"::text AS "refOrderStatus"
    FROM "PlanningWorksheetLine" WHERE "userId" = ${planner.id} ORDER BY "lineNo"`;
const firmPlannedNos = async () =>
  (await db.productionOrder.findMany({ where: { status: "FIRM_PLANNED" }, select: { no: true }, orderBy: { no: "asc" } })).map((o) => o.no);

beforeAll(async () => {
  await seedDemoOrders(db);
  const user = await db.user.findUniqueOrThrow({ where: { email: "planner@cronus.demo" }, select: { id: true, email: true } });
  planner = { ...user, role: "planner" };
});

describe("PL-8 carryOutActionMessages", () => {
  it("a stale referenced order is refused with the X-2 message while the other lines are carried out, numbers gap-free", async () => {
    // GIVEN a plan with every line accepted
    await calculateRegenerativePlan(PERIOD, planner);
    await acceptActionMessages(db, planner.id, { lineNos: "all", accept: true });
    const before = await linesOf();
    const production = before.filter((l) => l.replenishmentSystem === "PROD_ORDER");
    const changed = production.find((l) => l.actionMessage === "RESCHEDULE_AND_CHANGE_QTY")!;
    // … and someone edits the order that line refers to after the plan read it
    await db.productionOrder.updateMany({
      where: { status: "FIRM_PLANNED", no: changed.refOrderNo! },
      data: { version: { increment: 1 } },
    });
    const firmBefore = await firmPlannedNos();

    // WHEN the planner carries out the action messages as Firm Planned orders
    const results = await carryOutActionMessages({ status: "FIRM_PLANNED" }, planner);

    // THEN that line is refused with the X-2 message and stays on the worksheet
    const refused = results.filter((r) => !r.ok);
    expect(refused).toEqual([expect.objectContaining({ lineNo: changed.lineNo })]);
    expect(renderMessage((refused[0] as { message: Parameters<typeof renderMessage>[0] }).message, "en")).toBe(
      "The order was changed by someone else. Reload it.",
    );
    // … every other top-level production line was carried out and left the worksheet, purchase lines stay
    const topLevel = (
      await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "PlanningWorksheetLine" WHERE "userId" = ${planner.id} AND "parentLineNo" IS NULL AND "replenishmentSystem" = 'PROD_ORDER'`
    )[0].n;
    expect(topLevel).toBe(1);
    expect(results.filter((r) => r.ok)).toHaveLength(results.length - 1);
    const after = await linesOf();
    expect(after.filter((l) => l.replenishmentSystem === "PURCHASE")).toEqual(before.filter((l) => l.replenishmentSystem === "PURCHASE"));
    // … each New made one Firm Planned order, numbered from the series without a gap
    const news = results.filter((r) => r.ok && r.actionMessage === "NEW") as { orderNo: string }[];
    expect(news.length).toBeGreaterThan(0);
    const made = (await firmPlannedNos()).filter((no) => !firmBefore.includes(no));
    expect(made.sort()).toEqual(news.map((r) => r.orderNo).sort());
    const numbers = made.map((no) => Number(no.replace(/\D/g, ""))).sort((a, b) => a - b);
    expect(numbers[numbers.length - 1] - numbers[0]).toBe(numbers.length - 1);
    // … with an audit entry per order, and refreshed (lines exist)
    const audits = await db.auditEntry.count({ where: { action: "create", entityKey: { in: made } } });
    expect(audits).toBe(made.length);
    expect(await db.prodOrderLine.count({ where: { order: { no: { in: made }, status: "FIRM_PLANNED" } } })).toBeGreaterThanOrEqual(
      made.length,
    );
    // … the Cancel deleted its order
    const cancel = production.find((l) => l.actionMessage === "CANCEL")!;
    expect(await db.productionOrder.count({ where: { no: cancel.refOrderNo!, status: cancel.refOrderStatus as "PLANNED" } })).toBe(0);
  });

  it("PL-9 after carrying out every line a new plan proposes nothing for items replenished by production", async () => {
    // GIVEN the worksheet recalculated after the refused line, carried out completely
    await calculateRegenerativePlan(PERIOD, planner);
    await acceptActionMessages(db, planner.id, { lineNos: "all", accept: true });
    const progress: { linesDone: number; linesTotal: number; lineNo: number }[] = [];
    const results = await carryOutActionMessages({ status: "FIRM_PLANNED" }, planner, db, (p) => {
      progress.push({ linesDone: p.linesDone, linesTotal: p.linesTotal, lineNo: p.result.lineNo });
    });
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.length).toBeGreaterThan(0);
    // … progress was reported after each line, with its outcome
    expect(progress).toEqual(results.map((r, i) => ({ linesDone: i + 1, linesTotal: results.length, lineNo: r.lineNo })));
    // WHEN planning again
    await calculateRegenerativePlan(PERIOD, planner);
    // THEN no production line is proposed
    expect((await linesOf()).filter((l) => l.replenishmentSystem === "PROD_ORDER")).toEqual([]);
  });
});
