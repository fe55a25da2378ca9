// RF-3: explode one production BOM into the components of an order line. Phantom lines (type
// Production BOM) are expanded in place, multiplying their Quantity per; duplicate components add
// up; lines outside their Starting/Ending Date are skipped; a Quantity per of 0 is kept.
//
// A phantom BOM shared by many paths (P0 lists P1 twice, P1 lists P2 twice, …) is read ONCE per
// context, not once per path: what a phantom BOM contributes depends only on the BOM, its version
// on the date, and the scrap and routing link it inherits — the multiplier aside. So the walk
// visits each (BOM, scrap, link) once, depth-first in line order (the first visit is the first
// occurrence, whose path orders the components), then adds up each one's multiplier over all the
// ways in (topological order), and lists each component once with its summed Quantity per. The
// work grows with the distinct BOMs, not with the paths (2^30 paths of a 31-BOM chain = 31
// frames). Rounding: a multiplier is the sum over its paths, multiplied by the next Quantity per
// and rounded to 15 decimals once (not once per path).
//
// Ceiling (limits.ts; refused before any row is built, nothing written): an order line's
// explosion may read at most MAX_BOM_LINES_PER_ORDER_LINE BOM lines — every line of its BOM and of
// each phantom BOM in it, a phantom counted again for each scrap/routing link context it is
// reached in. That bounds its components and the rows the component writer reads. A multiplied
// Quantity per must fit the stored numeric(38,15) (below 10^23).
import { DomainError } from "@/lib/errors";
import type { IsoDate } from "@/lib/domain/calendar/iso-date";
import type { CalculationFormula } from "@/lib/domain/bom/expected-quantity";
import { bomTooLarge, MAX_BOM_LINES_PER_ORDER_LINE } from "@/lib/domain/refresh/limits";
import { addQty, compoundScrap, fitsStoredQty, mulQty, toBaseQty } from "@/lib/domain/refresh/quantities";
import type { BomLineInfo, ItemInfo, RefreshCatalog } from "@/lib/domain/refresh/types";
import { selectVersion } from "@/lib/domain/refresh/versions";
import { msg } from "@/lib/i18n/domain-message";

/** BC stops at 50 nested phantom BOMs; deeper means a BOM (indirectly) contains itself. */
export const MAX_PHANTOM_LEVELS = 50;

export type ExplodedComponent = {
  itemNo: string;
  variantCode: string;
  description: string;
  /** Always the component's base unit: Quantity per is converted (RF-3). */
  uom: string;
  quantityPer: string;
  scrapPercent: string;
  routingLinkCode: string;
  formula: CalculationFormula;
  /**
   * Line Nos. from the line's own BOM down to this component's BOM line (phantom lines in
   * between): the depth-first position of its first occurrence, which orders the components.
   */
  path: number[];
};

/**
 * One BOM read while exploding: the line's own BOM, or a phantom BOM inside it, with what its
 * components' Quantity per is multiplied by, the scrap and routing link they inherit, and where
 * in the depth-first walk it sits. A writer that adds the purchased components in SQL (the
 * refresh service) needs exactly this to reproduce explodeBom for them.
 */
export type ExplosionFrame = { bomNo: string; versionCode: string | null; factor: string; scrap: string; link: string; path: number[] };

export type Explosion = {
  bomNo: string;
  versionCode: string | null;
  components: ExplodedComponent[];
  frames: ExplosionFrame[];
  /** BOM lines the explosion reads, purchased ones in the database included (the ceiling's count). */
  bomLinesRead: number;
};

/** A (BOM, inherited scrap, inherited link) met while walking; its factor sums all ways in. */
type State = {
  bomNo: string;
  versionCode: string | null;
  scrap: string;
  link: string;
  path: number[];
  /** Phantom lines, in line order, to the states they lead to. */
  edges: { quantityPer: string; child: State }[];
  /** Levels from this BOM down, itself included (set when its walk is done). */
  deep: number;
  factor: string;
};

/** A component line as first met: its Quantity per still to be multiplied by its state's factor. */
type Pending = { state: State; item: ItemInfo; line: BomLineInfo; baseQty: string; scrapPercent: string; link: string };

function linesOn(
  catalog: RefreshCatalog,
  bomNo: string,
  date: IsoDate,
): { versionCode: string | null; uom?: string; lines: BomLineInfo[] } {
  const header = catalog.boms.get(bomNo);
  if (!header) throw new DomainError("BOM_NOT_FOUND", msg("recordNotFound", { record: msg("partBom", { no: bomNo }) }), "productionBomNo");
  const { versionCode, uom } = selectVersion("BOM", header, date);
  const lines = (catalog.bomLines.get(bomNo) ?? []).filter(
    (l) =>
      l.versionCode === versionCode &&
      (l.startingDate === null || l.startingDate <= date) &&
      (l.endingDate === null || l.endingDate >= date),
  );
  return { versionCode, uom, lines };
}

function componentItem(catalog: RefreshCatalog, line: BomLineInfo): ItemInfo {
  const item = catalog.items.get(line.no);
  if (!item) {
    throw new DomainError("ITEM_NOT_FOUND", msg("itemOnBomNotFound", { no: line.no, bom: line.bomNo }));
  }
  return item;
}

function qtyPerOf(item: ItemInfo, uom: string): string {
  const qty = item.uoms[uom];
  if (qty === undefined) {
    throw new DomainError("UOM_NOT_FOUND", msg("uomNotFoundForItem", { code: uom, no: item.no }));
  }
  return qty;
}

/**
 * Lines of BOM `bomNo` (version `versionCode`) in the database, all of them: the refresh's
 * catalog counts them (it only loads the structure), a catalog without counts holds them all.
 */
function lineCountOf(catalog: RefreshCatalog, bomNo: string, versionCode: string | null): number {
  const header = catalog.boms.get(bomNo);
  const counted = versionCode === null ? header?.lineCount : header?.versions.find((v) => v.code === versionCode)?.lineCount;
  if (counted !== undefined) return counted;
  return (catalog.bomLines.get(bomNo) ?? []).filter((l) => l.versionCode === versionCode).length;
}

function tooDeep(bomNo: string, at: string): DomainError {
  return new DomainError("BOM_TOO_DEEP", msg("phantomTooDeep", { no: bomNo, max: MAX_PHANTOM_LEVELS, at }), "productionBomNo");
}

/**
 * Where a full depth-first walk entering `state` on `level` would first go past
 * MAX_PHANTOM_LEVELS: along the first phantom line whose BOM reaches too deep (a BOM on the walk's
 * stack reaches infinitely deep: it contains itself). At most MAX_PHANTOM_LEVELS steps.
 */
function overflowAt(state: State, level: number, onStack: Set<State>): string {
  for (let at = state, l = level; ;) {
    let next: State | null = null;
    for (const { child } of at.edges) {
      if (l + 1 > MAX_PHANTOM_LEVELS) return child.bomNo;
      if (l + (onStack.has(child) ? Infinity : child.deep) > MAX_PHANTOM_LEVELS) {
        next = child;
        break;
      }
    }
    if (!next) return at.bomNo; // not reached: the caller knows the walk goes too deep
    at = next;
    l++;
  }
}

/**
 * Components of `parent`'s BOM `bomNo` valid on `date` (the line's Starting Date). Quantity per
 * is per base unit of the parent: a BOM kept in another unit of the parent is divided by it.
 * Errors come in the order a full depth-first walk would meet them.
 */
export function explodeBom(catalog: RefreshCatalog, parent: ItemInfo, bomNo: string, date: IsoDate): Explosion {
  const linesByBom = new Map<string, ReturnType<typeof linesOn>>();
  const linesOf = (no: string) => {
    let hit = linesByBom.get(no);
    if (!hit) linesByBom.set(no, (hit = linesOn(catalog, no, date)));
    return hit;
  };
  const root = linesOf(bomNo);
  const bomUomQty = root.uom && root.uom !== parent.baseUom ? (parent.uoms[root.uom] ?? "1") : "1";
  const rootFactor = bomUomQty === "1" ? "1" : toBaseQty("1", "1", bomUomQty);

  const states = new Map<string, State>();
  const preOrder: State[] = [];
  const postOrder: State[] = [];
  const pending: Pending[] = [];
  const onStack = new Set<State>();
  let bomLinesRead = 0;
  const enter = (no: string, versionCode: string | null, scrap: string, link: string, path: number[]): State => {
    const state: State = { bomNo: no, versionCode, scrap, link, path, edges: [], deep: 1, factor: "0" };
    states.set(`${no}\u0000${scrap}\u0000${link}`, state);
    preOrder.push(state);
    bomLinesRead += lineCountOf(catalog, no, versionCode);
    if (bomLinesRead > MAX_BOM_LINES_PER_ORDER_LINE) throw bomTooLarge(bomNo);
    return state;
  };
  // Depth-first in line order, each state once; a state met again is only checked for depth.
  const walk = (state: State, lines: BomLineInfo[], level: number) => {
    onStack.add(state);
    for (const line of lines) {
      const link = line.routingLinkCode || state.link;
      if (line.type === "PRODUCTION_BOM") {
        if (level + 1 > MAX_PHANTOM_LEVELS) throw tooDeep(bomNo, line.no);
        const phantom = linesOf(line.no);
        const scrap = compoundScrap(state.scrap, line.scrapPercent);
        let child = states.get(`${line.no}\u0000${scrap}\u0000${link}`);
        if (child) {
          state.edges.push({ quantityPer: line.quantityPer, child });
          const deep = onStack.has(child) ? Infinity : child.deep;
          if (level + deep > MAX_PHANTOM_LEVELS) throw tooDeep(bomNo, overflowAt(child, level + 1, onStack));
        } else {
          child = enter(line.no, phantom.versionCode, scrap, link, [...state.path, line.lineNo]);
          state.edges.push({ quantityPer: line.quantityPer, child });
          walk(child, phantom.lines, level + 1);
        }
        state.deep = Math.max(state.deep, child.deep + 1);
        continue;
      }
      const item = componentItem(catalog, line);
      const uom = line.uom ?? item.baseUom;
      const baseQty = toBaseQty(line.quantityPer, qtyPerOf(item, uom), qtyPerOf(item, item.baseUom));
      pending.push({ state, item, line, baseQty, scrapPercent: compoundScrap(state.scrap, line.scrapPercent), link });
    }
    onStack.delete(state);
    postOrder.push(state);
  };
  const top = enter(bomNo, root.versionCode, "0", "", []);
  walk(top, root.lines, 1);

  // Each state's factor: the sum over every way in. Reverse post-order is a topological order.
  top.factor = rootFactor;
  for (let i = postOrder.length - 1; i >= 0; i--) {
    const state = postOrder[i];
    for (const e of state.edges) e.child.factor = addQty(e.child.factor, mulQty(state.factor, e.quantityPer));
  }

  const merged = new Map<string, ExplodedComponent>();
  for (const { state, item, line, baseQty, scrapPercent, link } of pending) {
    const quantityPer = mulQty(state.factor, baseQty);
    const key = `${item.no}\u0000${item.baseUom}\u0000${link}\u0000${line.formula}\u0000${scrapPercent}`;
    const existing = merged.get(key);
    if (existing) existing.quantityPer = addQty(existing.quantityPer, quantityPer);
    else {
      merged.set(key, {
        itemNo: item.no,
        variantCode: "",
        description: item.description,
        uom: item.baseUom,
        quantityPer,
        scrapPercent,
        routingLinkCode: link,
        formula: line.formula,
        path: [...state.path, line.lineNo],
      });
    }
  }
  for (const c of merged.values()) if (!fitsStoredQty(c.quantityPer)) throw quantityPerTooLarge(bomNo, c.itemNo);
  const frames = preOrder.map(({ bomNo: no, versionCode, factor, scrap, link, path }) => ({
    bomNo: no,
    versionCode,
    factor,
    scrap,
    link,
    path,
  }));
  return { bomNo, versionCode: root.versionCode, components: [...merged.values()], frames, bomLinesRead };
}

/** RF-3: a multiplied Quantity per is stored as numeric(38,15); larger is refused, not overflowed. */
export function quantityPerTooLarge(bomNo: string, itemNo: string): DomainError {
  return new DomainError("QUANTITY_PER_TOO_LARGE", msg("quantityPerTooLarge", { no: itemNo, bom: bomNo }), "quantityPer");
}
