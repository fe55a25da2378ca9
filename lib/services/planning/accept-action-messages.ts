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
