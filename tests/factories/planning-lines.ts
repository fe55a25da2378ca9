import pg from "pg";
import type { PlanningLine } from "@/lib/domain/planning/types";
import { replacePlanningLines } from "@/lib/services/planning/write-planning-lines";

// A planning worksheet line as the engine proposes it: a New order of 50 bicycles at BLUE, due
// 2027-01-12, covering one sales line, with its one-point projection.
export const planningLine = (lineNo: number, over: Partial<PlanningLine> = {}): PlanningLine => ({
  itemNo: "1000",
  variantCode: "",
  locationCode: "BLUE",
  lineNo,
  actionMessage: "NEW",
  acceptActionMessage: true,
  description: "Bicycle",
  replenishmentSystem: "PROD_ORDER",
  dueDate: "2027-01-12",
  originalDueDate: null,
  quantity: "50",
  originalQuantity: null,
  startingDate: "2027-01-08",
  endingDate: "2027-01-11",
  ref: null,
  planningLevel: 0,
  parentLineNo: null,
  lowLevelCode: 0,
  warning: null,
  warningText: null,
  covers: [
    {
      demand: {
        itemNo: "1000",
        variantCode: "",
        locationCode: "BLUE",
        kind: "SALES",
        date: "2027-01-12",
        quantity: "50",
        source: { type: "SALES", documentNo: "SO-1005", lineNo: 10000 },
      },
      quantity: "50",
    },
  ],
  projection: [{ date: "2027-01-12", quantity: "-50", event: "DEMAND" }],
  ...over,
});

/**
 * Replaces `userId`'s worksheet with `lines` as a calculation does (replacePlanningLines, on a
 * connection of its own); `count` the statements sent besides BEGIN and COMMIT.
 */
export async function writeWorksheet(userId: string, lines: PlanningLine[]): Promise<{ written: number; statements: number }> {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  let statements = 0;
  const query = c.query.bind(c) as (...args: unknown[]) => unknown;
  (c as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => (statements++, query(...args));
  try {
    const written = await replacePlanningLines(c, userId, lines);
    return { written, statements: statements - 2 };
  } finally {
    await c.end();
  }
}
