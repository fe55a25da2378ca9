import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { dropLineSequence, SeriesChangedError } from "@/lib/services/no-series/series-lines";
import type { DeleteNoSeriesInput } from "@/lib/validation/no-series";

const SETUP_FIELDS = [
  ["simulatedOrderNos", "Simulated Order Nos."],
  ["plannedOrderNos", "Planned Order Nos."],
  ["firmPlannedOrderNos", "Firm Planned Order Nos."],
  ["releasedOrderNos", "Released Order Nos."],
] as const;

/**
 * Deletes a series with its lines and their sequences. A series that Manufacturing Setup points
 * at cannot go: orders of that status could no longer get a number.
 */
export async function deleteNoSeries(input: DeleteNoSeriesInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    const series = await tx.noSeries.findUnique({
      where: { code: input.code },
      include: { lines: { select: { sequenceName: true } } },
    });
    if (!series) throw new NotFoundError("No. Series", input.code, "code");
    const setup = await tx.manufacturingSetup.findUnique({ where: { id: 1 } });
    const usedIn = SETUP_FIELDS.filter(([field]) => setup?.[field] === input.code).map(([, caption]) => caption);
    if (usedIn.length) {
      throw new DomainError(
        "NS_IN_USE",
        `You cannot delete the number series ${input.code} because Manufacturing Setup uses it (${usedIn.join(", ")}).`,
        "code",
        { series: input.code, fields: usedIn.join(", ") },
      );
    }
    const deleted = await tx.noSeries.deleteMany({ where: { code: input.code, version: input.version } });
    if (deleted.count === 0) throw new SeriesChangedError();
    for (const line of series.lines) await dropLineSequence(tx, line.sequenceName);
    await writeAudit(tx, actor, {
      action: "noSeries.delete",
      entityType: "NoSeries",
      entityKey: input.code,
      changes: { description: series.description, lines: series.lines.length },
    });
    return { code: input.code };
  });
}
