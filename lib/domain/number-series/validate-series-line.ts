// NS-2/NS-3 setup checks for one series line. Errors are returned per field (not thrown) so the
// admin page can show each one next to its input; the padded values are what should be stored.
import { compareNos, incrementNo, padToWidth, samePattern, splitNo } from "@/lib/domain/number-series/increment";
import { msg, type CaptionKey, type Message } from "@/lib/i18n/domain-message";

export type SeriesLineField = "startingNo" | "endingNo" | "warningNo" | "incrementBy" | "lastNoUsed";

export type SeriesLineInput = {
  startingNo: string;
  endingNo: string;
  warningNo: string;
  incrementBy: number;
  lastNoUsed: string;
};

export type SeriesLineValidation = {
  ok: boolean;
  fieldErrors: Partial<Record<SeriesLineField, Message>>;
  /** The numbers padded to one width (NS-3); store these, not the raw input. */
  values: Pick<SeriesLineInput, "startingNo" | "endingNo" | "warningNo" | "lastNoUsed">;
  /** NS-2 "Open (derived)": false once no further number fits below Ending No. */
  open: boolean;
};

const CAPTIONS: Record<SeriesLineField, CaptionKey> = {
  startingNo: "partStartingNo",
  endingNo: "partEndingNo",
  warningNo: "partWarningNo",
  incrementBy: "partIncrementByNo",
  lastNoUsed: "partLastNoUsed",
};

const MAX_LENGTH = 20;
type NoField = Exclude<SeriesLineField, "incrementBy">;

function noDigitsMessage(field: NoField): Message {
  return msg("seriesNoDigitsField", { field: msg(CAPTIONS[field]) });
}

export function validateSeriesLine(input: SeriesLineInput): SeriesLineValidation {
  const fieldErrors: Partial<Record<SeriesLineField, Message>> = {};
  const [startingNo, endingNo, warningNo, lastNoUsed] = padToWidth([input.startingNo, input.endingNo, input.warningNo, input.lastNoUsed]);
  const values = { startingNo, endingNo, warningNo, lastNoUsed };

  if (!Number.isInteger(input.incrementBy) || input.incrementBy < 1) {
    fieldErrors.incrementBy = msg("incrementByInvalid");
  }

  // A field is "usable" when it is set, has digits and follows Starting No.'s pattern; only
  // usable fields take part in the range checks, so each mistake is reported once.
  const usable = new Set<NoField>();
  if (startingNo === "") fieldErrors.startingNo = msg("valueRequired", { field: msg("partStartingNo") });
  else if (!splitNo(startingNo)) fieldErrors.startingNo = noDigitsMessage("startingNo");
  else usable.add("startingNo");

  for (const field of ["endingNo", "warningNo", "lastNoUsed"] as const) {
    const value = values[field];
    if (value === "") continue;
    if (!splitNo(value)) fieldErrors[field] = noDigitsMessage(field);
    else if (usable.has("startingNo") && !samePattern(value, startingNo)) {
      fieldErrors[field] = msg("seriesFormatField", { field: msg(CAPTIONS[field]) });
    } else usable.add(field);
  }
  for (const field of ["startingNo", "endingNo", "warningNo", "lastNoUsed"] as const) {
    // VarChar(20) columns; padding only ever widens a value to the widest one of the line.
    if (!fieldErrors[field] && values[field].length > MAX_LENGTH) {
      fieldErrors[field] = msg("tooLong", { field: msg(CAPTIONS[field]), max: MAX_LENGTH });
      usable.delete(field);
    }
  }

  const both = (a: NoField, b: NoField) => usable.has(a) && usable.has(b);
  if (both("startingNo", "endingNo") && compareNos(startingNo, endingNo) > 0) {
    fieldErrors.endingNo = msg("seriesNotBelowStart", { field: msg("partEndingNo") });
    usable.delete("endingNo");
  }
  if (both("warningNo", "startingNo") && compareNos(warningNo, startingNo) < 0) {
    fieldErrors.warningNo = msg("seriesNotBelowStart", { field: msg("partWarningNo") });
  } else if (both("warningNo", "endingNo") && compareNos(warningNo, endingNo) > 0) {
    fieldErrors.warningNo = msg("seriesNotAboveEnd", { field: msg("partWarningNo") });
  }
  if (both("lastNoUsed", "endingNo") && compareNos(lastNoUsed, endingNo) > 0) {
    fieldErrors.lastNoUsed = msg("seriesNotAboveEnd", { field: msg("partLastNoUsed") });
  }

  const open =
    !both("lastNoUsed", "endingNo") ||
    fieldErrors.incrementBy !== undefined ||
    compareNos(incrementNo(lastNoUsed, input.incrementBy), endingNo) <= 0;
  return { ok: Object.keys(fieldErrors).length === 0, fieldErrors, values, open };
}
