// Shop calendars store times as minutes after midnight; 24:00 is a valid end of a shift.
export function minutesToClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** ISO weekdays in display order, Monday first as in Business Central. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
