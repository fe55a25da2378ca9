import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { diffFields, writeAudit, type Actor } from "@/lib/services/audit";
import { captureSequenceIntoLine, resetLineSequence } from "@/lib/services/no-series/sequences";
import {
  dropLineSequence,
  lineData,
  lockSeriesLines,
  prepareSeries,
  readSeriesLines,
  SeriesChangedError,
  type PreparedLine,
  type StoredLine,
} from "@/lib/services/no-series/series-lines";
import type { Tx } from "@/lib/services/tx";
import type { NoSeriesLineInput, UpdateNoSeriesInput } from "@/lib/validation/no-series";
import { msg } from "@/lib/i18n/domain-message";

/**
 * Saves a series and its lines as the admin left them (lines missing from the input are
 * deleted). The series' version must still be the one the form read (X-2). Numbers drawn while
 * the form was open are not overwritten: a Last No. Used the user did not touch keeps the value
 * the line has now. NS-9: a Sequence line's database sequence follows the line.
 */
export async function updateNoSeries(input: UpdateNoSeriesInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    const before = await tx.noSeries.findUnique({ where: { code: input.code } });
    if (!before) throw new NotFoundError("partNoSeries", { code: input.code }, "code");
    const header = { description: input.description, defaultNos: input.defaultNos, manualNos: input.manualNos, dateOrder: input.dateOrder };
    const bumped = await tx.noSeries.updateMany({
      where: { code: input.code, version: input.version },
      data: { ...header, version: { increment: 1 } },
    });
    if (bumped.count === 0) throw new SeriesChangedError();

    await lockSeriesLines(tx, input.code);
    const existing = await readSeriesLines(tx, input.code);
    const byId = new Map(existing.map((l) => [l.id, l]));
    const lastNoUsedOf = (line: NoSeriesLineInput) => {
      const old = line.id === undefined ? undefined : byId.get(line.id);
      const untouched = old && line.lastNoUsed === (line.lastNoUsedRead ?? old.effectiveLastNoUsed);
      return untouched ? old.effectiveLastNoUsed : line.lastNoUsed;
    };
    const { fieldErrors, lines } = prepareSeries(input, lastNoUsedOf);
    const seen = new Set<number>();
    input.lines.forEach((line, i) => {
      if (line.id === undefined) return;
      if (!byId.has(line.id) || seen.has(line.id)) fieldErrors[`lines.${i}.startingNo`] = [msg("seriesLineGone")];
      seen.add(line.id);
    });
    if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);

    for (const old of existing) {
      if (seen.has(old.id)) continue;
      await tx.noSeriesLine.delete({ where: { id: old.id } });
      await dropLineSequence(tx, old.sequenceName);
    }
    let nextLineNo = Math.max(0, ...existing.map((l) => l.lineNo)) + 10000;
    for (const line of lines) {
      const old = line.id === undefined ? undefined : byId.get(line.id);
      if (old) {
        await saveExistingLine(tx, old, line);
        continue;
      }
      const created = await tx.noSeriesLine.create({
        data: { seriesCode: input.code, lineNo: nextLineNo, ...lineData(line) },
        select: { id: true },
      });
      nextLineNo += 10000;
      if (line.implementation === "SEQUENCE") await resetLineSequence(tx, created.id);
    }

    await writeAudit(tx, actor, {
      action: "noSeries.update",
      entityType: "NoSeries",
      entityKey: input.code,
      changes: {
        ...diffFields(before, header),
        lines: [existing.map(auditLine), lines.map((l) => auditLine({ ...l, ...l.values }))],
      },
    });
    return { code: input.code, version: before.version + 1 };
  });
}

async function saveExistingLine(tx: Tx, old: StoredLine, line: PreparedLine) {
  // NS-9: leaving Sequence writes the sequence's last value into the row first, so the line
  // continues after the last number handed out.
  if (old.implementation === "SEQUENCE" && line.implementation === "NORMAL") await captureSequenceIntoLine(tx, old.id);
  await tx.noSeriesLine.update({ where: { id: old.id }, data: lineData(line) });
  if (line.implementation !== "SEQUENCE") return;
  const mustReset =
    old.implementation !== "SEQUENCE" ||
    !old.sequenceName ||
    line.values.lastNoUsed !== old.effectiveLastNoUsed ||
    line.incrementBy !== old.incrementBy ||
    line.values.startingNo !== old.startingNo;
  if (mustReset) await resetLineSequence(tx, old.id);
}

function auditLine(l: {
  startingDate: Date | string | null;
  startingNo: string;
  endingNo: string;
  warningNo: string;
  incrementBy: number;
  lastNoUsed: string;
  implementation: string;
}) {
  const date = l.startingDate instanceof Date ? l.startingDate.toISOString().slice(0, 10) : l.startingDate;
  return [date, l.startingNo, l.endingNo, l.warningNo, l.incrementBy, l.lastNoUsed, l.implementation].join(" | ");
}
