// The days a Role Center's cues count from, as yyyy-mm-dd (the lists' filter format). Pure.

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Monday and Sunday of the week the day falls in (weeks start on Monday, as in BC's Date formulas CW). */
export function weekOf(day: string): { from: string; to: string } {
  const d = Date.parse(`${day}T00:00:00Z`);
  const monday = d - ((new Date(d).getUTCDay() + 6) % 7) * DAY;
  return { from: iso(monday), to: iso(monday + 6 * DAY) };
}

/** The day before: "due before today" is the list filter Due Date to yesterday. */
export function dayBefore(day: string): string {
  return iso(Date.parse(`${day}T00:00:00Z`) - DAY);
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
