import type { NoSeriesCardLine } from "@/lib/data/no-series";
import { validateSeriesLine } from "@/lib/domain/number-series/validate-series-line";

// A line of the grid as the browser holds it: text as typed, plus what the form read from the
// server (id, Last No. Used as shown) so the service can tell edits from numbers drawn meanwhile.
export type LineState = {
  key: string;
  id?: number;
  startingDate: string;
  startingNo: string;
  endingNo: string;
  warningNo: string;
  incrementBy: string;
  lastNoUsed: string;
  lastNoUsedRead?: string;
  lastDateUsed: string;
  implementation: "NORMAL" | "SEQUENCE";
};

let counter = 0;
const newKey = () => `new-${++counter}`;

export function toLineState(lines: NoSeriesCardLine[]): LineState[] {
  return lines.map((l) => ({
    key: `line-${l.id}`,
    id: l.id,
    startingDate: l.startingDate,
    startingNo: l.startingNo,
    endingNo: l.endingNo,
    warningNo: l.warningNo,
    incrementBy: String(l.incrementBy),
    lastNoUsed: l.lastNoUsed,
    lastNoUsedRead: l.lastNoUsed,
    lastDateUsed: l.lastDateUsed,
    implementation: l.implementation,
  }));
}

export function emptyLine(): LineState {
  return {
    key: newKey(),
    startingDate: "",
    startingNo: "",
    endingNo: "",
    warningNo: "",
    incrementBy: "1",
    lastNoUsed: "",
    lastDateUsed: "",
    implementation: "NORMAL",
  };
}

/** The JSON posted in the hidden `lines` field. */
export function linesJson(lines: LineState[]): string {
  return JSON.stringify(
    lines.map(({ id, startingDate, startingNo, endingNo, warningNo, incrementBy, lastNoUsed, lastNoUsedRead, implementation }) => ({
      id,
      startingDate,
      startingNo,
      endingNo,
      warningNo,
      incrementBy,
      lastNoUsed,
      lastNoUsedRead,
      implementation,
    })),
  );
}

/** NS-2 "Open (derived)", as the service will store it. */
export function isOpen(line: LineState): boolean {
  const incrementBy = Number(line.incrementBy);
  return validateSeriesLine({
    startingNo: line.startingNo.trim().toUpperCase(),
    endingNo: line.endingNo.trim().toUpperCase(),
    warningNo: line.warningNo.trim().toUpperCase(),
    lastNoUsed: line.lastNoUsed.trim().toUpperCase(),
    incrementBy: Number.isFinite(incrementBy) ? incrementBy : 0,
  }).open;
}
