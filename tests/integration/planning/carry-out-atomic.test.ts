import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoOrders } from "@/lib/seed/demo-orders";
import { acceptActionMessages } from "@/lib/services/planning/accept-action-messages";
import { calculateRegenerativePlan } from "@/lib/services/planning/calculate-regenerative-plan";
import { carryOutActionMessages } from "@/lib/services/planning/carry-out";

// PL-8 in real PostgreSQL: a carried-out line leaves the worksheet in the transaction that carries
// it out. When removing the line fails (here a trigger refuses the DELETE, as a crash between the
// two writes would leave it), the order's change is rolled back with it: no order is made, changed
// or deleted, the line stays, and carrying it out again later does its work once.

const PERIOD = { startingDate: "2026-12-07", endingDate: "2027-02-28" };
type Line = {
  lineNo: number;
  actionMessage: string;
  itemNo: string;
  refOrderNo: string | null;
  refOrderStatus: "PLANNED" | "FIRM_PLANNED" | null;
};
let planner: { id: string; email: string; role: "planner" };

const topProductionLines = () =>
  db.$queryRaw<Line[]>`
    SELECT "lineNo", "actionMessage"::text AS "actionMessage", "itemNo", "refOrderNo", "refOrderStatus"::text AS "refOrderStatus"
    FROM "PlanningWorksheetLine"
    WHERE "userId" = ${planner.id} AND "replenishmentSystem" = 'PROD_ORDER' AND "parentLineNo" IS NULL ORDER BY "lineNo"`;
const onWorksheet = async (lineNos: number[]) =>
  (await db.planningWorksheetLine.findMany({ where: { userId: planner.id, lineNo: { in: lineNos } }, select: { lineNo: true } })).map(
    (l) => l.lineNo,
  );
const firmPlannedNos = async () =>
  (await db.productionOrder.findMany({ where: { status: "FIRM_PLANNED" }, select: { no: true } })).map((o) => o.no);
const orderState = (l: Line) =>
  db.productionOrder.findFirst({
    where: { status: l.refOrderStatus!, no: l.refOrderNo! },
    select: { version: true, quantity: true, dueDate: true },
  });

/** A trigger that refuses removing these lines of the planner's worksheet (a failure between the order's write and the line's). */
async function refuseRemoving(lineNos: number[]) {
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION refuse_line_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD."userId" = '${planner.id}' AND OLD."lineNo" = ANY('{${lineNos.join(",")}}'::int[]) THEN
        RAISE EXCEPTION 'worksheet line % cannot be removed', OLD."lineNo";
      END IF;
      RETURN OLD;
    END $$`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER refuse_line_delete BEFORE DELETE ON "PlanningWorksheetLine" FOR EACH ROW EXECUTE FUNCTION refuse_line_delete()`,
  );
}

beforeAll(async () => {
  await seedDemoOrders(db);
  const user = await db.user.findUniqueOrThrow({ where: { email: "planner@cronus.demo" }, select: { id: true, email: true } });
  planner = { ...user, role: "planner" };
});

describe("PL-8 carry-out removes a line in the transaction that carries it out", () => {
  it("GIVEN the removal of a New, a Resched. & Chg. Qty. and a Cancel line fails WHEN carried out THEN nothing of theirs is written and the lines stay; carried out again they are done once, numbers gap-free", async () => {
    await calculateRegenerativePlan(PERIOD, planner);
    await acceptActionMessages(db, planner.id, { lineNos: "all", accept: true });
    const lines = await topProductionLines();
    const news = lines.filter((l) => l.actionMessage === "NEW");
    const failing = [
      news[0],
      lines.find((l) => l.actionMessage === "RESCHEDULE_AND_CHANGE_QTY")!,
      lines.find((l) => l.actionMessage === "CANCEL")!,
    ];
    expect(failing.every(Boolean)).toBe(true);
    const [, changed, cancelled] = failing;
    const changedBefore = await orderState(changed);
    const cancelledBefore = await orderState(cancelled);
    expect(changedBefore).not.toBeNull();
    expect(cancelledBefore).not.toBeNull();
    const firmBefore = await firmPlannedNos();
    await refuseRemoving(failing.map((l) => l.lineNo));

    // WHEN every accepted line is carried out
    const first = await carryOutActionMessages({ status: "FIRM_PLANNED" }, planner);

    // THEN the three lines are refused, the others carried out
    expect(first.filter((r) => !r.ok).map((r) => r.lineNo)).toEqual(failing.map((l) => l.lineNo).sort((a, b) => a - b));
    expect(first.filter((r) => r.ok)).toHaveLength(lines.length - 3);
    // … the three are still on the worksheet
    expect(await onWorksheet(failing.map((l) => l.lineNo))).toEqual(failing.map((l) => l.lineNo).sort((a, b) => a - b));
    // … the failing New made no order (rolled back, number included) …
    const made = (await firmPlannedNos()).filter((no) => !firmBefore.includes(no));
    expect(made.sort()).toEqual(
      (first.filter((r) => r.ok && r.actionMessage === "NEW") as { orderNo: string }[]).map((r) => r.orderNo).sort(),
    );
    expect(made).toHaveLength(news.length - 1);
    // … the changed order kept its version, quantity and date; the cancelled one still exists
    expect(await orderState(changed)).toEqual(changedBefore);
    expect(await orderState(cancelled)).toEqual(cancelledBefore);
    // … and no audit entry speaks of the rolled-back changes
    expect(await db.auditEntry.count({ where: { action: "delete", entityKey: cancelled.refOrderNo! } })).toBe(0);

    // WHEN the failure is gone and the planner carries out again
    await db.$executeRawUnsafe(`DROP TRIGGER refuse_line_delete ON "PlanningWorksheetLine"`);
    const second = await carryOutActionMessages({ status: "FIRM_PLANNED" }, planner);

    // THEN exactly the three lines are carried out, each once
    expect(second.map((r) => [r.lineNo, r.ok])).toEqual(failing.map((l) => [l.lineNo, true] as const).sort((a, b) => a[0] - b[0]));
    expect(await onWorksheet(failing.map((l) => l.lineNo))).toEqual([]);
    expect(await orderState(cancelled)).toBeNull();
    expect((await orderState(changed))!.version).toBeGreaterThan(changedBefore!.version);
    // … the New's order takes the next number: the series has no gap
    const all = (await firmPlannedNos()).filter((no) => !firmBefore.includes(no));
    expect(all).toHaveLength(made.length + 1);
    const numbers = all.map((no) => Number(no.replace(/\D/g, ""))).sort((a, b) => a - b);
    expect(numbers[numbers.length - 1] - numbers[0]).toBe(numbers.length - 1);
  });
});
