// NS-4..NS-7: which series line serves a date, and which number it gives next, in TypeScript.
//
// THE TEST ORACLE, not what runs: the app draws numbers in PostgreSQL (ns_take_next, read it in
// prisma/functions/ns_take_next.sql), in the statement that writes the document (NS-8). These
// functions restate the same rules, checks in the same order, so that unit tests can state them
// plainly and tests/integration/no-series/ns-sql-agrees-with-oracle.test.ts can check, over
// random series lines, that the SQL gives the same number, warning, closing and refusal.
// Change a rule in both places.
import { compareIsoDates, type IsoDate } from "@/lib/domain/calendar/iso-date";
import { compareNos, incrementNo, samePattern, splitNo } from "@/lib/domain/number-series/increment";

export { validateSeriesLine } from "@/lib/domain/number-series/validate-series-line";
export type { SeriesLineField, SeriesLineInput, SeriesLineValidation } from "@/lib/domain/number-series/validate-series-line";
import { msg, type Message } from "@/lib/i18n/domain-message";

/** A series line as stored; blank Ending/Warning/Last No. Used are empty strings, as in the table. */
export type SeriesLineState = {
  id: number;
  lineNo: number;
  startingDate: IsoDate | null;
  startingNo: string;
  endingNo: string;
  warningNo: string;
  incrementBy: number;
  lastNoUsed: string;
  lastDateUsed: IsoDate | null;
  open: boolean;
};

export type NextNoErrorCode = "NO_LINE" | "PAST_ENDING" | "DATE_ORDER" | "PATTERN";

export type NextNoResult =
  { ok: true; no: string; closesLine: boolean; warning: boolean } | { ok: false; code: NextNoErrorCode; message: Message };

/** Document numbers are VarChar(20) columns, as Code[20] in BC. */
export const MAX_NO_LENGTH = 20;

/**
 * NS-4: among lines starting on or before `date` (no Starting Date = since always) take the
 * latest Starting Date, then the first Open line with that date by Line No. Like classic BC's
 * SetNoSeriesLineFilter, closed lines of the latest date do not fall back to an older line:
 * a new dated line is meant to replace the older ones from its date on.
 */
export function selectLine<T extends SeriesLineState>(lines: readonly T[], date: IsoDate): T | null {
  const eligible = lines.filter((l) => l.startingDate === null || compareIsoDates(l.startingDate, date) <= 0);
  if (eligible.length === 0) return null;
  const latest = eligible.reduce<IsoDate | null>(
    (max, l) => (l.startingDate !== null && (max === null || l.startingDate > max) ? l.startingDate : max),
    null,
  );
  const candidates = eligible.filter((l) => l.startingDate === latest && l.open).sort((a, b) => a.lineNo - b.lineNo);
  return candidates[0] ?? null;
}

function fail(code: NextNoErrorCode, message: Message): NextNoResult {
  return { ok: false, code, message };
}

export function noLineMessage(seriesCode: string, date: IsoDate): Message {
  return msg("noLine", { series: seriesCode, date });
}

export function pastEndingMessage(seriesCode: string, endingNo: string): Message {
  return msg("runOut", { ending: endingNo, series: seriesCode });
}

export function noTooLongMessage(no: string): Message {
  return msg("seriesNoTooLong", { no, max: MAX_NO_LENGTH });
}

export function dateOrderMessage(seriesCode: string, lastDateUsed: IsoDate): Message {
  return msg("dateOrder", { series: seriesCode, date: lastDateUsed });
}

/**
 * NS-4 as ns_line_for answers it: the line selectLine picks, or, when the latest date's lines
 * are all closed, the last of them by Line No. (its Ending No. tells "ran out" from "no line").
 */
export function lineForDate<T extends SeriesLineState>(lines: readonly T[], date: IsoDate): T | null {
  const open = selectLine(lines, date);
  if (open) return open;
  const eligible = lines.filter((l) => l.startingDate === null || compareIsoDates(l.startingDate, date) <= 0);
  if (eligible.length === 0) return null;
  const latest = eligible.reduce<IsoDate | null>(
    (max, l) => (l.startingDate !== null && (max === null || l.startingDate > max) ? l.startingDate : max),
    null,
  );
  const closed = eligible.filter((l) => l.startingDate === latest).sort((a, b) => b.lineNo - a.lineNo);
  return closed[0] ?? null;
}

/**
 * NS-5..NS-7: the number `line` hands out for `date`. `closesLine` tells the caller to set Open
 * = false because no further number fits below Ending No.; `warning` means Warning No. is reached
 * (NS-6: the number is still assigned). Checks in ns_take_next's order: the line (closed), Date
 * Order, digits, Ending No., the Starting No.'s pattern, the length.
 */
export function nextNoForLine(line: SeriesLineState | null, date: IsoDate, seriesCode: string, dateOrder: boolean): NextNoResult {
  if (!line) return fail("NO_LINE", noLineMessage(seriesCode, date));
  if (!line.open) {
    // A line only closes by running out of numbers, which needs an Ending No.
    return line.endingNo !== ""
      ? fail("PAST_ENDING", pastEndingMessage(seriesCode, line.endingNo))
      : fail("NO_LINE", noLineMessage(seriesCode, date));
  }
  if (dateOrder && line.lastDateUsed !== null && compareIsoDates(date, line.lastDateUsed) < 0) {
    return fail("DATE_ORDER", dateOrderMessage(seriesCode, line.lastDateUsed));
  }
  if (!splitNo(line.startingNo) || (line.lastNoUsed !== "" && !splitNo(line.lastNoUsed))) {
    return fail("PATTERN", msg("seriesNoDigitsSeries", { series: seriesCode }));
  }

  const no = line.lastNoUsed === "" ? line.startingNo : incrementNo(line.lastNoUsed, line.incrementBy);
  const hasEnding = line.endingNo !== "" && splitNo(line.endingNo) !== null;
  if (hasEnding && compareNos(no, line.endingNo) > 0) {
    return fail("PAST_ENDING", pastEndingMessage(seriesCode, line.endingNo));
  }
  if (!samePattern(no, line.startingNo)) {
    return fail("PATTERN", msg("seriesFormatNo", { no, start: line.startingNo }));
  }
  if (compareNos(no, line.startingNo) < 0) {
    return fail("PATTERN", msg("seriesBelowStart", { no, start: line.startingNo, series: seriesCode }));
  }
  if (no.length > MAX_NO_LENGTH) {
    return fail("PATTERN", noTooLongMessage(no));
  }

  const closesLine = hasEnding && compareNos(incrementNo(no, line.incrementBy), line.endingNo) > 0;
  const warning = line.warningNo !== "" && splitNo(line.warningNo) !== null && compareNos(no, line.warningNo) >= 0;
  return { ok: true, no, closesLine, warning };
}
