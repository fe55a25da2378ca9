import "../../support/next-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getWorksheetLine, listWorksheetLines } from "@/lib/data/planning-worksheet";
import { planningLine, writeWorksheet } from "../../factories/planning-lines";
import { signInAs, signOut } from "../../support/session";

// PL-7 the worksheet list reads what it shows; what a line covers and its projection (JSON, the
// bulk of a line) are read by the drill-down, for its one line.

const { covers, projection } = planningLine(1);

let planner: string;
beforeAll(async () => {
  await signInAs("planner");
  planner = (await db.user.findUniqueOrThrow({ where: { email: "planner@cronus.demo" } })).id;
  await writeWorksheet(planner, [planningLine(1), planningLine(2)]);
});
afterAll(async () => {
  await db.planningWorksheetLine.deleteMany({ where: { userId: planner } });
  signOut();
});

describe("PL-7 the worksheet list and its drill-down", () => {
  it("GIVEN lines with covers and a projection WHEN the list's page is read THEN its rows hold the columns it shows and not the JSON", async () => {
    // WHEN
    const page = await listWorksheetLines({ sort: "lineNo", dir: "asc", page: 1, pageSize: 25, filters: {} });
    // THEN
    expect(page.rows.map((r) => [r.lineNo, r.actionMessage, r.itemNo, r.description, Number(r.quantity)])).toEqual([
      [1, "NEW", "1000", "Bicycle", 50],
      [2, "NEW", "1000", "Bicycle", 50],
    ]);
    expect(page.rows[0].dueDate.toISOString().slice(0, 10)).toBe("2027-01-12");
    for (const row of page.rows) {
      expect(row).not.toHaveProperty("covers");
      expect(row).not.toHaveProperty("projection");
    }
  });

  it("GIVEN the same lines WHEN one line's drill-down is read THEN it holds what the line covers and its projection", async () => {
    // WHEN
    const detail = await getWorksheetLine(2);
    // THEN
    expect(detail).toMatchObject({ lineNo: 2, itemNo: "1000", covers, projection });
  });
});
