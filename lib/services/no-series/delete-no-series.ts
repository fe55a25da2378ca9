import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { dropLineSequence, SeriesChangedError } from "@/lib/services/no-series/series-lines";
import type { DeleteNoSeriesInput } from "@/lib/validation/no-series";
import { commaListOf, msg } from "@/lib/i18n/domain-message";

const SETUP_FIELDS = [
  ["simulatedOrderNos", "partSimulatedOrderNos"],
  ["plannedOrderNos", "partPlannedOrderNos"],
  ["firmPlannedOrderNos", "partFirmPlannedOrderNos"],
  ["releasedOrderNos", "partReleasedOrderNos"],
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
    if (!series) throw new NotFoundError("partNoSeries", { code: input.code }, "code");
    const setup = await tx.manufacturingSetup.findUnique({ where: { id: 1 } });
    const usedIn = SETUP_FIELDS.filter(([field]) => setup?.[field] === input.code).map(([, caption]) => msg(caption));
    if (usedIn.length) {
      throw new DomainError("NS_IN_USE", msg("seriesInUse", { series: input.code, field: commaListOf(usedIn) }), "code");
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
