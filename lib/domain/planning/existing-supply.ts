// PL-4: what happens to an existing Planned or Firm Planned order a lot takes over. It moves to
// the date the lot needs it (rescheduled out only beyond the Dampener Period, in only as far as
// its lead time allows) and to the lot's quantity (a decrease within the Dampener Quantity is
// not proposed); the result is Reschedule, Change Qty., both, or no line at all.
//
// PL-5 Overflow Level (Fixed Reorder Qty. and Maximum Qty. only): such an order is decreased only
// as far as projected inventory would otherwise exceed the overflow level, and then with BC's
// Attention warning (codeunit "Inventory Profile Offsetting", ChkInitialOverflow and
// CheckNewOverflow: the line's quantity = the order's quantity − (projected inventory − overflow
// level), shaped by the order modifiers as DecreaseQty does; Cancel when nothing is left or the
// shaped quantity would still overflow; no decrease within the dampener, as CanDecreaseSupply).
// balance.ts says where the projected inventory comes from.
import { msg } from "@/lib/i18n/domain-message";
import { setWarning, type DraftLine, type SupplyEvent } from "@/lib/domain/planning/draft";
import { applyOrderModifiers, dampenerQuantityFor, type KeyParameters } from "@/lib/domain/planning/lot-size";
import { dayOf, formatQty, isoOfDay } from "@/lib/domain/planning/quantity";
import type { PlanningScheduler } from "@/lib/domain/planning/types";

/** How many orders in a rescheduling window are looked at for an exact fit. */
const EXACT_MATCH_SCAN = 64;

type Dates = ReturnType<PlanningScheduler>;

/**
 * PL-5 the overflow check for one existing order: `room` is how far projected inventory (at
 * `level` without the order, at the end of its time bucket on `date`) may still rise before it
 * passes the overflow level. null = no overflow check (not a reorder-point policy, or BC's
 * exception and emergency orders).
 */
export type OverflowCheck = { room: number; level: number; date: number } | null;

export type ExistingSupplyEnv = {
  /** Planned and Firm Planned orders inside the horizon, by due date and order no. */
  candidates: SupplyEvent[];
  params: KeyParameters;
  startDay: number;
  schedule: (qty: number, dueDay: number, notBefore: number | null) => Dates;
  newDraft: (
    actionMessage: DraftLine["actionMessage"],
    existing: DraftLine["existing"],
    qty: number,
    dueDay: number,
    dates: Dates,
  ) => DraftLine;
  /** A lot fits more than one order balancing leaves as it is: which of the `n` options (0 = the default) it takes. */
  choose: (n: number) => number;
};

export function matchExistingSupply({ candidates, params: p, startDay, schedule, newDraft, choose }: ExistingSupplyEnv) {
  let lo = 0;

  /** The date an existing order needed on `day` is given: unchanged inside the dampener, else `day` as far as lead time allows. */
  const dueFor = (c: SupplyEvent, qty: number, day: number): { due: number; dates: ReturnType<PlanningScheduler> | null } => {
    if (c.day < day) return { due: day - c.day > p.dampenerDays ? day : c.day, dates: null }; // out, unless within the dampener period
    if (c.day === day) return { due: day, dates: null };
    const dates = schedule(qty, day, startDay); // in, as far as its lead time allows
    const due = Math.min(c.day, dayOf(dates.dueDate));
    return { due, dates: due === c.day ? null : dates };
  };
  /**
   * The quantity an existing order gets for `chunk`: the chunk, or under an overflow check as much
   * of its own as the room allows (at least the chunk); a decrease within the dampener keeps its own.
   */
  const keptQty = (c: SupplyEvent, chunk: number, overflow: OverflowCheck) => {
    let target = chunk;
    if (overflow && c.qty > chunk) {
      if (overflow.room >= c.qty) target = c.qty;
      else if (overflow.room > chunk) {
        // BC's DecreaseQty shapes the decreased order with the order modifiers (AdjustReorderQty);
        // when that leaves it above the level, ChkInitialOverflow cancels it (here: down to the chunk).
        const shaped = applyOrderModifiers(overflow.room, p)[0];
        if (shaped <= overflow.room) target = Math.max(chunk, shaped);
      }
    }
    return c.qty > target && c.qty - target <= dampenerQuantityFor(c.qty, p) ? c.qty : target;
  };
  const keepsItsDate = (c: SupplyEvent, qty: number, day: number) => dueFor(c, qty, day).due === c.day;

  /**
   * An existing Planned/Firm Planned order takes over `chunk` needed on `day` (chunk 0: the order
   * arrives on its own date and only the overflow check may decrease it); null when unchanged.
   */
  const adjust = (c: SupplyEvent, chunk: number, day: number, overflow: OverflowCheck = null): { line: DraftLine | null; qty: number } => {
    c.assigned = true;
    const qty = keptQty(c, chunk, overflow);
    if (qty === 0) {
      const line = newDraft("CANCEL", c.supply, 0, c.day, c.supply);
      if (overflow) warnOverflow(line, c, overflow);
      return { line, qty };
    }
    const moved = dueFor(c, qty, day);
    const due = moved.due;
    let dates = moved.dates;
    const qtyChanged = qty !== c.qty;
    const dateChanged = due !== c.day;
    if (!qtyChanged && !dateChanged) return { line: null, qty };
    if (!dates || dayOf(dates.dueDate) !== due) dates = schedule(qty, due, null);
    const line = newDraft(
      qtyChanged && dateChanged ? "RESCHEDULE_AND_CHANGE_QTY" : qtyChanged ? "CHANGE_QTY" : "RESCHEDULE",
      c.supply,
      qty,
      due,
      dates,
    );
    if (due > day) setWarning(line, "ATTENTION", msg("planningWarningAttention", { dueDate: isoOfDay(due), neededDate: isoOfDay(day) }));
    // Under the overflow check every decrease is an overflow decrease (BC: Change Qty. or Cancel
    // with the warning, Accept Action Message not selected).
    else if (overflow && qty < c.qty) warnOverflow(line, c, overflow);
    return { line, qty };
  };

  /** BC's Text010: "The projected inventory %1 is higher than the overflow level %2 on %3." */
  const warnOverflow = (line: DraftLine, c: SupplyEvent, overflow: NonNullable<OverflowCheck>) =>
    setWarning(
      line,
      "ATTENTION",
      msg("planningWarningOverflow", {
        projected: formatQty(overflow.level + c.qty),
        overflowLevel: formatQty(p.overflowLevel),
        date: isoOfDay(overflow.date),
      }),
    );

  /**
   * The existing order a lot's next supply should be, inside the rescheduling window: one that
   * balancing leaves as it is — exactly the lot's quantity, or more that the dampener or the
   * overflow check keeps ("above") — on a date the lot does not move (the date it would give the
   * order: lead time may forbid the day needed); else the first one. By default an exact one on
   * the very day, else the earliest one left as it is (BC's due-date order).
   *
   * PL-9 (after carrying out, planning again proposes nothing): each order a lot took now sits at
   * the lot's quantity and date, so the next plan must find that order again, not a neighbour that
   * would do as well — and which one was this lot's cannot be read from the orders: an earlier one
   * may be the one a later-balanced lot put on its own day (then the nearest is this lot's), or the
   * one above may be this lot's while an exact one is a later lot's, whose need the surplus shrinks
   * (or the other way round). So when more than one fits (the default; the nearest and the earliest,
   * exact and above), `choose` decides: balance.ts keeps the plan with the fewest lines. The look
   * at the window is bounded, so a crowded window stays linear.
   */
  const take = (
    low: number,
    high: number,
    qty: number,
    day: number,
    currentDay: number,
    overflow: OverflowCheck = null,
  ): SupplyEvent | null => {
    // Only what no later lot can reach is passed for good: every later lot is needed on or after
    // the day being balanced (a reorder-point lot's window may start later than the next one's).
    const passed = currentDay - p.reschedulingDays;
    while (lo < candidates.length && (candidates[lo].assigned || candidates[lo].day < passed)) lo++;
    let first: SupplyEvent | null = null;
    let onDay: SupplyEvent | null = null;
    // the earliest and the nearest order left as it is, exact [0] and above [1]
    const earliest: (SupplyEvent | null)[] = [null, null];
    const nearest: (SupplyEvent | null)[] = [null, null];
    for (let i = lo, seen = 0; i < candidates.length && seen < EXACT_MATCH_SCAN; i++) {
      const c = candidates[i];
      if (c.day > high) break;
      if (c.assigned || c.day < low) continue;
      seen++;
      first ??= c;
      if (keptQty(c, qty, overflow) !== c.qty || !keepsItsDate(c, qty, day)) continue;
      const kind = c.qty === qty ? 0 : 1;
      if (kind === 0 && c.day === day) onDay ??= c;
      earliest[kind] ??= c;
      const near = nearest[kind];
      if (!near || Math.abs(c.day - day) < Math.abs(near.day - day)) nearest[kind] = c;
    }
    const firstKept = earliest[0] && (!earliest[1] || earliest[0].day <= earliest[1].day) ? earliest[0] : earliest[1];
    const options: SupplyEvent[] = [];
    for (const c of [onDay ?? firstKept, nearest[0], nearest[1], earliest[0], earliest[1]]) if (c && !options.includes(c)) options.push(c);
    if (options.length > 1) return options[choose(options.length)];
    return options[0] ?? first;
  };

  return { take, adjust };
}
