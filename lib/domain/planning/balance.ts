// PL-4/PL-5/PL-6: balancing one planning key (item, variant, location) in date order.
//
// Supply and demand before the plan's Starting Date count as inventory (BC: "all supply and
// demand before the starting date are considered part of inventory or shipped"); a negative
// result is covered by an Emergency order the day before the plan starts. From the Starting
// Date on, fixed supply (Released orders) simply arrives; Planned and Firm Planned orders are
// candidates that the lots the policy needs take over, within the Rescheduling Period, which is
// where Reschedule, Change Qty. and their combination come from. Candidates no lot takes are
// cancelled. Every step moves forward through the key's events once (no scan over all demands
// per demand): a lot looks ahead only over its own accumulation period or time bucket, and no
// later lot starts inside that window.
//
// PL-5 Overflow Level, for Fixed Reorder Qty. and Maximum Qty. (BC: codeunit "Inventory Profile
// Offsetting"; the level from "Planning-Get Parameters".CalcOverflowLevel, lot-size.ts). BC makes
// an existing order of a reorder-point item "Reduce Only" (SetPriority): it counts as supply and is
// decreased only as far as projected inventory at the end of its time bucket would exceed the
// overflow level (ChkInitialOverflow, before balancing; CheckNewOverflow, for the orders after a
// new reorder supply). Here an order that no lot has taken by the end of its due date (after that
// day's lots) arrives then, under that check: its line's quantity is its own − (projected
// inventory − overflow level), as existing-supply.ts shapes it; reorder lots on their way count.
// As in PL-4, a reorder lot may still take an order over inside the Rescheduling Period; it then
// keeps as much of the order as the same check allows. Inventory below zero before the bucket
// does not count against the level (BC: "Negative inventory from previous buckets shall not
// influence possible overflow in the current time bucket").
import { msg } from "@/lib/i18n/domain-message";
import { applyOrderModifiers, reorderNeed } from "@/lib/domain/planning/lot-size";
import { dayOf, formatQty, isoOfDay } from "@/lib/domain/planning/quantity";
import { setWarning, type DemandEvent, type DraftLine, type KeyContext, type SupplyEvent } from "@/lib/domain/planning/draft";
import { matchExistingSupply, type OverflowCheck } from "@/lib/domain/planning/existing-supply";
import type { PlanningScheduler, ProjectionPoint } from "@/lib/domain/planning/types";

export type BalanceEnv = { startDay: number; endDay: number; schedule: PlanningScheduler; nextSeq: () => number; lowLevelCode: number };

type LotReason = "EMERGENCY" | "SAFETY_STOCK" | "DEMAND" | "REORDER";
type PoolEntry = { line: DraftLine | null; left: number };

/** How many projection points a line keeps for its drill-down (the latest ones before it). */
const PROJECTION_POINTS = 12;

/** How many of a key's choices between existing orders balancing tries the other ways (PL-9). */
const CHOICES_TRIED = 8;

/**
 * PL-4/PL-9: a lot that more than one existing order fits as it is (existing-supply.ts, take) may
 * take any of them: an exact one on another date, or one the dampener or the overflow check keeps
 * above the lot, whose surplus shrinks or drops a later lot. Which one decides what the later lots
 * find. The plan is the one with the fewest lines (the least nervous; the default order on a tie):
 * each such choice, in order, is tried the other ways once, keeping a change that saves a line.
 * So planning again after carrying out finds the plan that changes nothing, whichever way the
 * first plan went. A key with no such choice (no two orders in one lot's reach) is balanced once.
 */
export function balanceKey(ctx: KeyContext, env: BalanceEnv): DraftLine[] {
  let picks = new Map<number, number>();
  let best = balanceOnce(ctx, env, picks);
  for (let k = 0; k < Math.min(best.choices.length, CHOICES_TRIED); k++) {
    for (let option = 1; option < best.choices[k]; option++) {
      const tried = new Map(picks).set(k, option);
      const run = balanceOnce(ctx, env, tried);
      if (run.lines.length < best.lines.length) {
        best = run;
        picks = tried;
      }
    }
  }
  return best.lines;
}

/** One balancing of the key; `picks`: the option taken at each choice (by index; default 0). */
function balanceOnce(ctx: KeyContext, env: BalanceEnv, picks: ReadonlyMap<number, number>): { lines: DraftLine[]; choices: number[] } {
  const { profile, params: p, item } = ctx;
  for (const s of profile.supplies) s.assigned = false;
  const choices: number[] = [];
  const choose = (n: number) => {
    const option = picks.get(choices.length) ?? 0;
    choices.push(n);
    return option < n ? option : 0;
  };
  const { startDay, endDay } = env;
  const key = { itemNo: profile.itemNo, variantCode: profile.variantCode, locationCode: profile.locationCode };
  const lines: DraftLine[] = [];
  const pool: PoolEntry[] = [];
  let poolHead = 0;
  const points: ProjectionPoint[] = [];
  let lastMark = 0;
  let projected = p.includeInventory ? profile.inventory : 0;
  if (projected !== 0) pool.push({ line: null, left: projected });

  const fixed: SupplyEvent[] = [];
  const candidates: SupplyEvent[] = [];
  for (const s of profile.supplies) {
    if (s.day > endDay) continue; // beyond the horizon: neither counted nor changed
    if (s.day < startDay) {
      projected += s.qty;
      pool.push({ line: null, left: s.qty });
    } else if (s.changeable) candidates.push(s);
    else fixed.push(s);
  }
  fixed.sort((a, b) => a.day - b.day);
  candidates.sort(compareSupply);
  const past: DemandEvent[] = [];
  const demands: DemandEvent[] = [];
  for (const d of profile.demands) {
    if (d.dropped || d.day > endDay) continue;
    if (d.day < startDay) {
      projected -= d.qty;
      past.push(d);
    } else demands.push(d);
  }
  past.sort(compareDemand);
  demands.sort(compareDemand);
  let currentDay = startDay;

  const point = (day: number, event: ProjectionPoint["event"], quantity = projected) =>
    points.push({ date: isoOfDay(day), quantity: formatQty(quantity), event });

  const peg = (d: DemandEvent) => {
    let need = d.qty;
    while (need > 0 && poolHead < pool.length) {
      const entry = pool[poolHead];
      const take = Math.min(entry.left, need);
      if (take > 0 && entry.line) entry.line.covers.push({ demand: d.demand, qty: take });
      entry.left -= take;
      need -= take;
      if (entry.left === 0) poolHead++;
    }
  };

  const newDraft = (
    actionMessage: DraftLine["actionMessage"],
    existing: DraftLine["existing"],
    qty: number,
    dueDay: number,
    dates: { startingDate: string; endingDate: string },
  ): DraftLine => ({
    itemNo: key.itemNo,
    variantCode: key.variantCode,
    locationCode: key.locationCode,
    item,
    actionMessage,
    existing,
    qty,
    dueDay,
    startingDate: dates.startingDate,
    endingDate: dates.endingDate,
    warning: null,
    warningText: null,
    covers: [],
    projection: [],
    planningLevel: 0,
    parent: null,
    children: [],
    seq: env.nextSeq(),
    lowLevelCode: env.lowLevelCode,
    source: { type: "PLANNING_LINE", lineNo: 0 },
  });

  /** Backward from `dueDay`; forward from `notBefore` when the backward start would fall before it. */
  const schedule = (qty: number, dueDay: number, notBefore: number | null) => {
    const request: Parameters<PlanningScheduler>[0] = {
      itemNo: key.itemNo,
      variantCode: key.variantCode,
      locationCode: key.locationCode,
      quantity: formatQty(qty),
      dueDate: isoOfDay(dueDay),
    };
    if (notBefore !== null) request.startNotBefore = isoOfDay(notBefore);
    return env.schedule(request);
  };

  const existing = matchExistingSupply({ candidates, params: p, startDay, schedule, newDraft, choose });
  const reorderPolicy = p.policy === "FIXED_REORDER_QTY" || p.policy === "MAXIMUM_QTY";

  /**
   * Places one lot of `need` units needed on `day`. A demand's lot is due on the demand's date
   * (later only where lead time forces it: Attention) and counts from then on. A reorder-point
   * lot is scheduled forward from `day` (BC: "a forward-scheduled supply order at the point when
   * the projected inventory passes below the reorder point") and counts once it arrives.
   * Emergency and safety-stock (Exception) orders are the exact shortage: BC applies no order
   * modifiers to warning lines. `level`: a reorder lot's projected inventory without it, for the
   * overflow check on an existing order it takes over.
   */
  const placeLot = (day: number, need: number, reason: LotReason, markers: ProjectionPoint[], level: number | null = null): void => {
    const emergency = reason === "EMERGENCY";
    const forward = reason === "REORDER";
    const chunks = p.policy === "ORDER" || emergency || reason === "SAFETY_STOCK" ? (need > 0 ? [need] : []) : applyOrderModifiers(need, p);
    if (chunks.length === 0) return;
    const first = schedule(chunks[0], day, emergency ? null : forward ? day : startDay);
    const target = Math.max(day, dayOf(first.dueDate));
    // A reorder that arrives after the horizon serves no demand the plan sees (BC plans up to
    // the Ending Date); the next plan would not see it either.
    if (forward && target > endDay) return;
    const neededOn = forward ? target : day;
    const projection = [...points.slice(Math.max(lastMark, points.length - PROJECTION_POINTS)), ...markers];
    let added = 0;
    // PL-5 Overflow Level: what the lot's orders together may keep above its chunks (BC checks the
    // level the whole supply brings, so the orders share it whichever chunk takes which order).
    const lotQty = chunks.reduce((sum, chunk) => sum + chunk, 0);
    let surplusKept = 0;
    chunks.forEach((chunk, i) => {
      // An emergency order is new supply dated before the plan: existing orders stay for the
      // demand inside the horizon (the next plan counts the emergency order as inventory).
      const without = level === null ? 0 : level + lotQty - chunk + surplusKept;
      const overflow: OverflowCheck =
        level !== null && p.overflowLevel > 0 ? { room: p.overflowLevel - without, level: without, date: neededOn } : null;
      const candidate = emergency
        ? null
        : existing.take(neededOn - p.reschedulingDays, target + p.reschedulingDays, chunk, neededOn, currentDay, overflow);
      let line: DraftLine | null;
      if (candidate) {
        const adjusted = existing.adjust(candidate, chunk, neededOn, overflow);
        line = adjusted.line;
        surplusKept += Math.max(0, adjusted.qty - chunk);
        chunk = adjusted.qty;
      } else {
        const dates = i === 0 ? first : schedule(chunk, day, emergency ? null : forward ? day : startDay);
        const due = Math.max(day, dayOf(dates.dueDate));
        line = newDraft("NEW", null, chunk, due, dates);
        if (due > neededOn)
          setWarning(line, "ATTENTION", msg("planningWarningAttention", { dueDate: isoOfDay(due), neededDate: isoOfDay(day) }));
      }
      if (line) {
        if (emergency) setWarning(line, "EMERGENCY", msg("planningWarningEmergency", { startingDate: isoOfDay(startDay) }));
        else if (reason === "SAFETY_STOCK")
          setWarning(line, "EXCEPTION", msg("planningWarningException", { safetyStock: formatQty(p.safetyStock), date: isoOfDay(day) }));
        line.projection = projection;
        lines.push(line);
      }
      pool.push({ line, left: chunk });
      added += chunk;
    });
    lastMark = points.length;
    if (forward) {
      let at = pending.length;
      while (at > 0 && pending[at - 1].day > target) at--;
      pending.splice(at, 0, { day: target, qty: added });
      pendingTotal += added;
      return;
    }
    projected += added;
    point(day, "SUPPLY");
    lastMark = points.length;
  };

  // Reorder-point lots on their way: they raise the projected inventory when they arrive.
  const pending: { day: number; qty: number }[] = [];
  let pendingTotal = 0;
  const arrive = (day: number) => {
    while (pending.length > 0 && pending[0].day <= day) {
      const lot = pending.shift()!;
      projected += lot.qty;
      pendingTotal -= lot.qty;
      point(lot.day, "SUPPLY");
    }
  };
  /** PL-5 reorder-point policies: safety stock first (exact, Exception), then the reorder point. */
  const checkReorderPoint = (day: number) => {
    if (projected < p.safetyStock) placeLot(day, p.safetyStock - projected, "SAFETY_STOCK", markers(day, false));
    if (projected + pendingTotal <= p.reorderPoint) {
      const bucketEnd = day + p.timeBucketDays;
      const level = aheadOf(bucketEnd).lowest + pendingTotal;
      placeLot(bucketEnd, reorderNeed(level, p), "REORDER", markers(day, true), level);
    }
  };

  const markers = (day: number, reorder: boolean): ProjectionPoint[] => {
    const list: ProjectionPoint[] = [];
    if (p.safetyStock > 0) list.push({ date: isoOfDay(day), quantity: formatQty(p.safetyStock), event: "SAFETY_STOCK" });
    if (reorder) list.push({ date: isoOfDay(day), quantity: formatQty(p.reorderPoint), event: "REORDER_POINT" });
    return list;
  };

  /** Lowest and last projected inventory over the events after index `di`/`fi` up to `untilDay`. */
  let di = 0;
  let fi = 0;
  const aheadOf = (untilDay: number, from = projected): { lowest: number; last: number } => {
    let level = from;
    let lowest = from;
    let d = di;
    let f = fi;
    while ((d < demands.length && demands[d].day <= untilDay) || (f < fixed.length && fixed[f].day <= untilDay)) {
      if (f < fixed.length && fixed[f].day <= untilDay && (d >= demands.length || fixed[f].day <= demands[d].day)) level += fixed[f++].qty;
      else level -= demands[d++].qty;
      if (level < lowest) lowest = level;
    }
    return { lowest, last: level };
  };
  const lowestAhead = (untilDay: number): number => aheadOf(untilDay).lowest;

  /**
   * PL-5 Overflow Level: an existing order of a reorder-point policy that no lot has taken arrives
   * on its due date, decreased (or cancelled) where projected inventory at the end of its time
   * bucket — reorder lots on their way included — would exceed the overflow level.
   */
  const arriveExisting = (c: SupplyEvent) => {
    const bucketEnd = c.day + p.timeBucketDays;
    let level = aheadOf(bucketEnd, Math.max(projected, 0)).last;
    for (const lot of pending) if (lot.day <= bucketEnd) level += lot.qty;
    const overflow: OverflowCheck = p.overflowLevel > 0 ? { room: p.overflowLevel - level, level, date: bucketEnd } : null;
    const { line, qty } = existing.adjust(c, overflow ? 0 : c.qty, c.day, overflow);
    if (line) {
      line.projection = points.slice(-PROJECTION_POINTS);
      lines.push(line);
    }
    pool.push({ line, left: qty });
    projected += qty;
    if (qty > 0) point(c.day, "SUPPLY");
  };

  // The plan's starting point: emergency for a negative start, then safety stock / reorder point.
  point(startDay, "SUPPLY");
  if (projected < 0) placeLot(startDay - 1, -projected, "EMERGENCY", []);
  for (const d of past) peg(d);
  if (p.policy === "LOT_FOR_LOT" && projected < p.safetyStock)
    placeLot(startDay, p.safetyStock - projected, "SAFETY_STOCK", markers(startDay, false));
  if (reorderPolicy) checkReorderPoint(startDay);

  // Reorder-point policies: the existing orders no lot has taken, in due-date order (PL-5 Overflow Level).
  let ci = 0;
  const nextArrival = () => {
    while (ci < candidates.length && candidates[ci].assigned) ci++;
    return reorderPolicy && ci < candidates.length ? candidates[ci].day : Infinity;
  };
  while (di < demands.length || fi < fixed.length || nextArrival() < Infinity) {
    const eventDay = Math.min(di < demands.length ? demands[di].day : Infinity, fi < fixed.length ? fixed[fi].day : Infinity);
    const day = Math.min(eventDay, nextArrival());
    currentDay = day;
    arrive(day);
    while (fi < fixed.length && fixed[fi].day === day) {
      projected += fixed[fi].qty;
      pool.push({ line: null, left: fixed[fi].qty });
      point(day, "SUPPLY");
      fi++;
    }
    // A day on which only existing orders arrive raises projected inventory: no reorder point to check.
    if (eventDay > day) {
      while (nextArrival() === day) arriveExisting(candidates[ci]);
      continue;
    }
    const today: DemandEvent[] = [];
    while (di < demands.length && demands[di].day === day) {
      const d = demands[di++];
      projected -= d.qty;
      point(day, "DEMAND");
      // Order: one supply per demand, never accumulated.
      if (p.policy === "ORDER" && projected < 0) placeLot(day, -projected, "DEMAND", []);
      if (p.policy === "ORDER") peg(d);
      else today.push(d);
    }
    if (p.policy === "LOT_FOR_LOT" && projected < p.safetyStock) {
      placeLot(day, p.safetyStock - lowestAhead(day + p.lotAccumulationDays), "DEMAND", markers(day, false));
    } else if (reorderPolicy) checkReorderPoint(day);
    // After the day's lots, which take the orders they need first: only what none takes arrives.
    while (nextArrival() === day) arriveExisting(candidates[ci]);
    for (const d of today) peg(d);
  }

  for (const c of candidates) {
    if (c.assigned) continue;
    const line = newDraft("CANCEL", c.supply, 0, c.day, c.supply);
    line.projection = points.slice(-PROJECTION_POINTS);
    lines.push(line);
  }
  return { lines, choices };
}

/**
 * Demand in date order, sales before component need (BC's Due Date, Attribute Priority, Order
 * Priority), then the larger first, then input order. PL-9: the quantity, not the input order, breaks
 * the tie between component needs, since carrying out re-creates them: a proposal's need is added
 * as its line is balanced, the carried-out order's need is loaded with the orders, so their input
 * order differs from one plan to the next while their quantities do not (under Order, one supply
 * per demand, the order decides which lot takes which existing order).
 */
export function compareDemand(a: DemandEvent, b: DemandEvent): number {
  return a.day - b.day || a.priority - b.priority || b.qty - a.qty || a.seq - b.seq;
}

function compareSupply(a: SupplyEvent, b: SupplyEvent): number {
  const x = a.supply;
  const y = b.supply;
  return a.day - b.day || (x.orderNo < y.orderNo ? -1 : x.orderNo > y.orderNo ? 1 : x.orderLineNo - y.orderLineNo);
}
