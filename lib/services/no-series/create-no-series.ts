import { db } from "@/lib/db";
import { DomainError, ValidationError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { resetLineSequence } from "@/lib/services/no-series/sequences";
import { lineData, prepareSeries } from "@/lib/services/no-series/series-lines";
import type { CreateNoSeriesInput } from "@/lib/validation/no-series";
import { msg } from "@/lib/i18n/domain-message";

function alreadyExists(code: string) {
  return new DomainError("NS_EXISTS", msg("seriesExists", { series: code }), "code");
}

/**
 * Creates a number series with its lines (NS-1/NS-2). The numbers are stored padded to one width
 * per line (NS-3); a Sequence line gets its database sequence in the same transaction (NS-9).
 * Nothing is written when any field is wrong.
 */
export async function createNoSeries(input: CreateNoSeriesInput, actor: Actor) {
  const { fieldErrors, lines } = prepareSeries(input);
  if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.noSeries.findUnique({ where: { code: input.code }, select: { code: true } })) {
        throw alreadyExists(input.code);
      }
      await tx.noSeries.create({
        data: {
          code: input.code,
          description: input.description,
          defaultNos: input.defaultNos,
          manualNos: input.manualNos,
          dateOrder: input.dateOrder,
        },
      });
      for (const [i, line] of lines.entries()) {
        const created = await tx.noSeriesLine.create({
          data: { seriesCode: input.code, lineNo: (i + 1) * 10000, ...lineData(line) },
          select: { id: true },
        });
        if (line.implementation === "SEQUENCE") await resetLineSequence(tx, created.id);
      }
      await writeAudit(tx, actor, {
        action: "noSeries.create",
        entityType: "NoSeries",
        entityKey: input.code,
        changes: {
          description: input.description,
          defaultNos: input.defaultNos,
          manualNos: input.manualNos,
          dateOrder: input.dateOrder,
          lines: lines.map((l) => ({
            ...l.values,
            startingDate: l.startingDate,
            incrementBy: l.incrementBy,
            implementation: l.implementation,
          })),
        },
      });
      return { code: input.code };
    });
  } catch (e) {
    // Two admins creating the same code at once: the loser gets the same message.
    if (isUniqueViolation(e)) throw alreadyExists(input.code);
    throw e;
  }
}
