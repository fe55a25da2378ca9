// RF-2…RF-6 in memory: schedule every line, explode its BOM and turn make-to-order subassemblies
// into extra lines (RF-4), level by level. A line is processed only after every line above it,
// so all demand for a subassembly is known before it is exploded. Demand for a line that was
// already processed (the same subassembly on a deeper level) raises its level and starts over.
import { DomainError } from "@/lib/errors";
import { expectedQuantity } from "@/lib/domain/bom/expected-quantity";
import { isoDateOf } from "@/lib/domain/calendar/iso-date";
import { rollUpHeader } from "@/lib/domain/production-order/dates";
import { explodeBom } from "@/lib/domain/refresh/explode-bom";
import { MAX_BOM_LINES_PER_ORDER, MAX_LINES_PER_ORDER, orderBomsTooLarge, tooManyLines } from "@/lib/domain/refresh/limits";
import type { ExistingLineState, PlannedComponent, PlannedLine, RefreshOptions, RefreshPlan } from "@/lib/domain/refresh/plan-types";
import { addQty, roundQty } from "@/lib/domain/refresh/quantities";
import { requireComponentQuantitiesFit, requireLineQuantityFits } from "@/lib/domain/refresh/quantity-limits";
import { scheduleLine } from "@/lib/domain/refresh/schedule-line";
import type { SeedLine } from "@/lib/domain/refresh/source-lines";
import type { ItemInfo, RefreshCatalog } from "@/lib/domain/refresh/types";
import { msg } from "@/lib/i18n/domain-message";

/** Deeper than this, a make-to-order item (indirectly) contains itself. */
export const MAX_PLANNING_LEVELS = 50;

export type PlanSeed = SeedLine & { existing?: ExistingLineState };

export type RefreshContext = {
  options: RefreshOptions;
  /** Forward schedules of top-level lines start here. */
  forwardStart: Date;
  /** "Why this date?": each line keeps the scheduler's trace. */
  trace?: boolean;
};

type Restart = { key: string; level: number };

function itemOf(catalog: RefreshCatalog, no: string): ItemInfo {
  const item = catalog.items.get(no);
  if (!item) throw new DomainError("ITEM_NOT_FOUND", msg("itemNotFound", { no }));
  return item;
}

/** A new line's dates until scheduleLine sets them (one shared instance: Dates are never mutated here). */
const NOT_SCHEDULED = new Date(0);

function newLine(catalog: RefreshCatalog, seed: PlanSeed, lineNo: number): PlannedLine {
  const item = itemOf(catalog, seed.itemNo);
  const existing = seed.existing;
  return {
    lineNo,
    itemNo: item.no,
    variantCode: seed.variantCode,
    description: item.description,
    description2: item.description2,
    locationCode: seed.locationCode,
    quantity: seed.quantity,
    uom: item.baseUom,
    scrapPercent: existing?.scrapPercent ?? item.scrapPercent,
    unitCost: item.unitCost,
    dueDate: seed.dueDate,
    planningLevel: seed.planningLevel,
    startingDateTime: existing?.startingDateTime ?? NOT_SCHEDULED,
    endingDateTime: existing?.endingDateTime ?? NOT_SCHEDULED,
    bomNo: item.bomNo,
    bomVersion: null,
    routingNo: seed.routingNo,
    routingVersion: existing?.routingVersion ?? null,
    routingLines: null,
    components: null,
    bomFrames: null,
    linkStarts: null,
  };
}

function attempt(catalog: RefreshCatalog, seeds: PlanSeed[], ctx: RefreshContext, hints: Map<string, number>): RefreshPlan | Restart {
  const { options } = ctx;
  const createSubassemblies = options.calcLines && options.calcComponents;
  if (seeds.length > MAX_LINES_PER_ORDER) throw tooManyLines();
  const lines = seeds.map((s, i) => newLine(catalog, s, s.existing?.lineNo ?? (i + 1) * 10000));
  for (const l of lines) requireLineQuantityFits(l.itemNo, l.quantity);
  let bomLinesRead = 0; // the order's ceiling (limits.ts)
  let nextLineNo = Math.max(0, ...lines.map((l) => l.lineNo)) + 10000;
  const subassemblies = new Map<string, PlannedLine>();
  const processed = new Set<PlannedLine>();
  const neededBy = new Map<PlannedLine, Date>(); // earliest component Due Date-Time of a subassembly

  const process = (line: PlannedLine, seed: PlanSeed | undefined): Restart | null => {
    const linkStarts = new Map<string, Date>(Object.entries(seed?.existing?.linkStarts ?? {}));
    if (options.calcRoutings || !seed?.existing) {
      const s = scheduleLine(catalog, {
        itemNo: line.itemNo,
        variantCode: line.variantCode,
        locationCode: line.locationCode,
        quantity: line.quantity,
        dueDate: line.dueDate,
        routingNo: line.routingNo,
        direction: line.planningLevel === 0 ? options.direction : "BACK",
        forwardStart: ctx.forwardStart,
        latestEnd: neededBy.get(line),
        trace: ctx.trace,
      });
      if (s.trace) line.trace = s.trace;
      Object.assign(line, { startingDateTime: s.startingDateTime, endingDateTime: s.endingDateTime, dueDate: s.dueDate });
      line.routingVersion = s.routingVersion;
      line.routingLines = s.routingLines;
      linkStarts.clear();
      for (const r of s.routingLines)
        if (r.routingLinkCode && !linkStarts.has(r.routingLinkCode)) linkStarts.set(r.routingLinkCode, r.startingDateTime);
    }
    processed.add(line);
    line.linkStarts = linkStarts;
    if (!options.calcComponents) return null;
    const parent = itemOf(catalog, line.itemNo);
    line.components = [];
    if (!parent.bomNo) return null;
    const startingDate = isoDateOf(line.startingDateTime);
    const explosion = explodeBom(catalog, parent, parent.bomNo, startingDate);
    line.bomVersion = explosion.versionCode;
    line.bomFrames = explosion.frames;
    bomLinesRead += explosion.bomLinesRead;
    if (bomLinesRead > MAX_BOM_LINES_PER_ORDER) throw orderBomsTooLarge();
    const exploded = explosion.components;
    for (let i = 0; i < exploded.length; i++) {
      const c = exploded[i];
      const dueDateTime = (c.routingLinkCode && linkStarts.get(c.routingLinkCode)) || line.startingDateTime;
      // Spelled out rather than spread: this runs once per component (11,000 on a large BOM).
      const component: PlannedComponent = {
        itemNo: c.itemNo,
        variantCode: c.variantCode,
        description: c.description,
        uom: c.uom,
        quantityPer: c.quantityPer,
        scrapPercent: c.scrapPercent,
        routingLinkCode: c.routingLinkCode,
        formula: c.formula,
        path: c.path,
        lineNo: (i + 1) * 10000,
        locationCode: line.locationCode,
        dueDateTime,
        suppliedByLineNo: null,
      };
      line.components.push(component);
      const child = catalog.items.get(c.itemNo);
      const isSubassembly =
        createSubassemblies &&
        parent.policy === "MAKE_TO_ORDER" &&
        child?.policy === "MAKE_TO_ORDER" &&
        child.replenishment === "PROD_ORDER";
      if (!isSubassembly) continue;
      const level = line.planningLevel + 1;
      if (level > MAX_PLANNING_LEVELS) {
        throw new DomainError("BOM_TOO_DEEP", msg("makeToOrderTooDeepLoop", { no: c.itemNo, max: MAX_PLANNING_LEVELS }));
      }
      // A line quantity is stored with 5 decimals; its components must see the same figure.
      const quantity = roundQty(
        expectedQuantity({
          quantityPer: c.quantityPer,
          lineQuantity: line.quantity,
          lineScrapPercent: parent.scrapPercent,
          componentScrapPercent: c.scrapPercent,
          calculationFormula: c.formula,
        }),
      );
      const dueDate = dueDateTime === line.startingDateTime ? startingDate : isoDateOf(dueDateTime);
      const key = `${c.itemNo}|${c.variantCode}|${line.locationCode ?? ""}`;
      let target = subassemblies.get(key);
      if (target && processed.has(target)) return { key, level };
      requireLineQuantityFits(c.itemNo, quantity);
      if (target) {
        target.quantity = addQty(target.quantity, quantity);
        requireLineQuantityFits(c.itemNo, target.quantity);
        target.planningLevel = Math.max(target.planningLevel, level);
        if (dueDate < target.dueDate) target.dueDate = dueDate;
        if (dueDateTime < neededBy.get(target)!) neededBy.set(target, dueDateTime);
      } else {
        requireLineQuantityFits(c.itemNo, quantity);
        const childSeed = {
          itemNo: c.itemNo,
          variantCode: c.variantCode,
          locationCode: line.locationCode,
          quantity,
          dueDate,
          routingNo: child.routingNo,
          planningLevel: Math.max(level, hints.get(key) ?? 0),
          mergeable: true,
        };
        if (lines.length >= MAX_LINES_PER_ORDER) throw tooManyLines();
        target = newLine(catalog, { ...childSeed, routingNo: routingOf(catalog, childSeed) }, nextLineNo);
        nextLineNo += 10000;
        subassemblies.set(key, target);
        neededBy.set(target, dueDateTime);
        lines.push(target);
      }
      component.suppliedByLineNo = target.lineNo;
    }
    requireComponentQuantitiesFit(line, line.scrapPercent);
    return null;
  };

  const seedOf = new Map(lines.map((l, i) => [l, seeds[i]]));
  for (let level = 0; lines.some((l) => l.planningLevel >= level); level++) {
    for (const line of lines.filter((l) => l.planningLevel === level)) {
      if (line.planningLevel !== level || processed.has(line)) continue; // raised while waiting
      const restart = process(line, seedOf.get(line));
      if (restart) return restart;
    }
  }
  return { lines, header: rollUpHeader(lines) };
}

function routingOf(catalog: RefreshCatalog, seed: SeedLine): string | null {
  const sku = catalog.skus.get(`${seed.itemNo}|${seed.variantCode}|${seed.locationCode ?? ""}`);
  return sku?.routingNo ?? seed.routingNo;
}

export function calculateRefresh(catalog: RefreshCatalog, seeds: PlanSeed[], ctx: RefreshContext): RefreshPlan {
  const hints = new Map<string, number>();
  for (;;) {
    const result = attempt(catalog, seeds, ctx, hints);
    if ("lines" in result) return result;
    if (result.level > MAX_PLANNING_LEVELS) {
      throw new DomainError("BOM_TOO_DEEP", msg("makeToOrderTooDeep", { no: result.key.split("|")[0], max: MAX_PLANNING_LEVELS }));
    }
    hints.set(result.key, Math.max(result.level, hints.get(result.key) ?? 0));
  }
}
