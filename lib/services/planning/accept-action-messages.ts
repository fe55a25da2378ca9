import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { msg } from "@/lib/i18n/domain-message";
import type { SqlTx } from "@/lib/services/sql-tx";

// PL-7 Accept Action Message on the user's own worksheet (PL-10): per line or for a selection
// ("all" = every line), in one statement. A make-to-order subline follows its parent's flag,
// because it is carried out with it (PL-8).

export type AcceptInput = { lineNos: number[] | "all"; accept: boolean };

/** Sets Accept Action Message on the chosen lines of `userId`'s worksheet; returns how many lines changed. */
export async function acceptActionMessages(db: SqlTx, userId: string, input: AcceptInput): Promise<number> {
  const all = input.lineNos === "all";
  const lineNos = all ? [] : (input.lineNos as number[]);
  return db.$executeRaw`
    UPDATE "PlanningWorksheetLine" SET "acceptActionMessage" = ${input.accept}
    WHERE "userId" = ${userId}
      AND (${all} OR "lineNo" = ANY(${lineNos}::int[]) OR "parentLineNo" = ANY(${lineNos}::int[]))`;
}

/** "Planning Line <n> was not found" (404 over the API). */
export const planningLineNotFound = (lineNo: number) =>
  new DomainError("NOT_FOUND", msg("recordNotFound", { record: msg("partPlanningLine", { no: lineNo }) }));

/**
 * The refusal of Line Nos. that are not on `userId`'s worksheet (beside the field `lineNos`), or
 * null when all are there; one statement. `lock` also locks the lines found, for a caller that
 * checks the worksheet's version before it refuses. `single`: the one line asked for, whose
 * absence is a "not found" of that line.
 */
export async function linesNotOnWorksheet(
  db: Pick<SqlTx, "$queryRaw">,
  userId: string,
  lineNos: number[] | "all",
  opts: { lock?: boolean; single?: boolean } = {},
): Promise<DomainError | null> {
  const all = lineNos === "all";
  const wanted = all ? [] : lineNos;
  const found = await db.$queryRaw<{ lineNo: number }[]>`
    SELECT "lineNo" FROM "PlanningWorksheetLine" WHERE "userId" = ${userId} AND (${all} OR "lineNo" = ANY(${wanted}::int[]))
    ORDER BY "lineNo" ${opts.lock ? Prisma.sql`FOR UPDATE` : Prisma.empty}`;
  const have = new Set(found.map((r) => r.lineNo));
  const missing = [...new Set(wanted)].filter((n) => !have.has(n)).sort((a, b) => a - b);
  if (!missing.length) return null;
  if (opts.single) return planningLineNotFound(missing[0]);
  return new DomainError("VALIDATION", msg("planningLinesNotOnWorksheet", { lineNos: missing.slice(0, 10).join(", ") }), "lineNos");
}
