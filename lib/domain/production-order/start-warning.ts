// PO-3: a blank Due Date becomes today. An order due today (or earlier than its lead times
// allow) is scheduled to start before now: the planner is warned before saving, as BC's
// scheduling would leave it in the past without a word.

/** True when the order's Starting Date-Time lies before `now` (both UTC, as stored). */
export function startsInPast(startingDateTime: Date | null, now: Date): boolean {
  return startingDateTime !== null && startingDateTime.getTime() < now.getTime();
}
