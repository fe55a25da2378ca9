import "../../support/next-mocks";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { calculateRegenerativePlan, startRegenerativePlan } from "@/lib/services/planning/calculate-regenerative-plan";
import { latestPlanningRun } from "@/lib/services/planning/planning-runs";
import { uniqueCode } from "../../factories";
import { createCountingClient } from "../refresh/counting-client";

// PL-2 … PL-10 the Calculate Regenerative Plan service on the demo company (lib/seed), in real
// PostgreSQL: loader → engine with refresh's scheduling → the user's worksheet in bulk.

const PERIOD = { startingDate: "2026-12-07", endingDate: "2027-01-31" };
type Row = { lineNo: number; actionMessage: string; itemNo: string; locationCode: string; quantity: string; dueDate: string; startingDate: string; endingDate: string; refOrderNo: string | null };
const linesOf = (userId: string) =>
  db.$queryRaw<Row[]>`
    SELECT "lineNo", "actionMessage"::text AS "actionMessage", "itemNo", "locationCode", trim_scale(quantity)::text AS quantity,
      to_char("dueDate", 'YYYY-MM-DD') AS "dueDate", to_char("startingDate", 'YYYY-MM-DD') AS "startingDate",
      to_char("endingDate", 'YYYY-MM-DD') AS "endingDate", "refOrderNo"
    FROM "PlanningWorksheetLine" WHERE "userId" = ${userId} ORDER BY "lineNo"`;

const client = createCountingClient(process.env.DATABASE_URL!);
afterAll(() => client.close());

describe("PL-4 calculateRegenerativePlan on the demo company", () => {
  it("proposes every action message type: New, Change Qty., Reschedule, Resched. & Chg. Qty. and Cancel", async () => {
    // GIVEN the demo company; WHEN a planner calculates a regenerative plan
    const user = { id: uniqueCode("PL", 20) };
    const { linesCount } = await calculateRegenerativePlan(PERIOD, user);
    // THEN the worksheet holds the lines, with each of the five messages
    const lines = await linesOf(user.id);
    console.log(JSON.stringify(lines, null, 1));
    expect(lines).toHaveLength(linesCount);
    expect(new Set(lines.map((l) => l.actionMessage))).toEqual(new Set(["NEW", "CHANGE_QTY", "RESCHEDULE", "RESCHEDULE_AND_CHANGE_QTY", "CANCEL"]));
  });
});
