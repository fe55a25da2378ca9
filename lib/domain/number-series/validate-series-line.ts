// NS-2/NS-3 setup checks for one series line. Errors are returned per field (not thrown) so the
// admin page can show each one next to its input; the padded values are what should be stored.
import { compareNos, incrementNo, padToWidth, samePattern, splitNo } from "@/lib/domain/number-series/increment";

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
  fieldErrors: Partial<Record<SeriesLineField, string>>;
  /** The numbers padded to one width (NS-3); store these, not the raw input. */
  values: Pick<SeriesLineInput, "startingNo" | "endingNo" | "warningNo" | "lastNoUsed">;
  /** NS-2 "Open (derived)": false once no further number fits below Ending No. */
  open: boolean;
};

const CAPTIONS: Record<SeriesLineField, string> = {
  startingNo: "Starting No.",
  endingNo: "Ending No.",
  warningNo: "Warning No.",
  incrementBy: "Increment-by No.",
  lastNoUsed: "Last No. Used",
};

const MAX_LENGTH = 20;
type NoField = Exclude<SeriesLineField, "incrementBy">;

function noDigitsMessage(field: NoField): string {
  return `The value in the ${CAPTIONS[field]} field must have a number so that we can assign the next number in the series.`;
}

export function validateSeriesLine(input: SeriesLineInput): SeriesLineValidation {
  const fieldErrors: Partial<Record<SeriesLineField, string>> = {};
  const [startingNo, endingNo, warningNo, lastNoUsed] = padToWidth([
    input.startingNo,
    input.endingNo,
    input.warningNo,
    input.lastNoUsed,
  ]);
  const values = { startingNo, endingNo, warningNo, lastNoUsed };

  if (!Number.isInteger(input.incrementBy) || input.incrementBy < 1) {
    fieldErrors.incrementBy = "Increment-by No. must be a whole number of at least 1.";
  }

  // A field is "usable" when it is set, has digits and follows Starting No.'s pattern; only
  // usable fields take part in the range checks, so each mistake is reported once.
  const usable = new Set<NoField>();
  if (startingNo === "") fieldErrors.startingNo = "Starting No. must have a value.";
  else if (!splitNo(startingNo)) fieldErrors.startingNo = noDigitsMessage("startingNo");
  else usable.add("startingNo");

  for (const field of ["endingNo", "warningNo", "lastNoUsed"] as const) {
    const value = values[field];
    if (value === "") continue;
    if (!splitNo(value)) fieldErrors[field] = noDigitsMessage(field);
    else if (usable.has("startingNo") && !samePattern(value, startingNo)) {
      fieldErrors[field] = `The number format in ${CAPTIONS[field]} must be the same as the number format in Starting No.`;
    } else usable.add(field);
  }
  for (const field of ["startingNo", "endingNo", "warningNo", "lastNoUsed"] as const) {
    // VarChar(20) columns; padding only ever widens a value to the widest one of the line.
    if (!fieldErrors[field] && values[field].length > MAX_LENGTH) {
      fieldErrors[field] = `${CAPTIONS[field]} cannot be longer than ${MAX_LENGTH} characters.`;
      usable.delete(field);
    }
  }

  const both = (a: NoField, b: NoField) => usable.has(a) && usable.has(b);
  if (both("startingNo", "endingNo") && compareNos(startingNo, endingNo) > 0) {
    fieldErrors.endingNo = "Ending No. must not be lower than Starting No.";
    usable.delete("endingNo");
  }
  if (both("warningNo", "startingNo") && compareNos(warningNo, startingNo) < 0) {
    fieldErrors.warningNo = "Warning No. must not be lower than Starting No.";
  } else if (both("warningNo", "endingNo") && compareNos(warningNo, endingNo) > 0) {
    fieldErrors.warningNo = "Warning No. must not be greater than Ending No.";
  }
  if (both("lastNoUsed", "endingNo") && compareNos(lastNoUsed, endingNo) > 0) {
    fieldErrors.lastNoUsed = "Last No. Used must not be greater than Ending No.";
  }

  const open =
    !both("lastNoUsed", "endingNo") ||
    fieldErrors.incrementBy !== undefined ||
    compareNos(incrementNo(lastNoUsed, input.incrementBy), endingNo) <= 0;
  return { ok: Object.keys(fieldErrors).length === 0, fieldErrors, values, open };
}
