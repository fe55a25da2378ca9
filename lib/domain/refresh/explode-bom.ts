// RF-3: explode one production BOM into the components of an order line. Phantom lines (type
// Production BOM) are expanded in place, multiplying their Quantity per; duplicate components add
// up; lines outside their Starting/Ending Date are skipped; a Quantity per of 0 is kept.
import { DomainError } from "@/lib/errors";
import type { IsoDate } from "@/lib/domain/calendar/iso-date";
import type { CalculationFormula } from "@/lib/domain/bom/expected-quantity";
import { addQty, compoundScrap, mulQty, toBaseQty } from "@/lib/domain/refresh/quantities";
import type { BomLineInfo, ItemInfo, RefreshCatalog } from "@/lib/domain/refresh/types";
import { selectVersion } from "@/lib/domain/refresh/versions";

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

export type Explosion = { bomNo: string; versionCode: string | null; components: ExplodedComponent[]; frames: ExplosionFrame[] };

type Frame = ExplosionFrame & { level: number };

function linesOn(catalog: RefreshCatalog, bomNo: string, date: IsoDate): { versionCode: string | null; uom?: string; lines: BomLineInfo[] } {
  const header = catalog.boms.get(bomNo);
  if (!header) throw new DomainError("BOM_NOT_FOUND", `Production BOM ${bomNo} does not exist.`, "productionBomNo", { no: bomNo });
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
    throw new DomainError("ITEM_NOT_FOUND", `Item ${line.no} on Production BOM ${line.bomNo} does not exist.`, undefined, { no: line.no });
  }
  return item;
}

function qtyPerOf(item: ItemInfo, uom: string): string {
  const qty = item.uoms[uom];
  if (qty === undefined) {
    throw new DomainError("UOM_NOT_FOUND", `Unit of Measure ${uom} does not exist for Item ${item.no}.`, undefined, { no: item.no, uom });
  }
  return qty;
}

/**
 * Components of `parent`'s BOM `bomNo` valid on `date` (the line's Starting Date). Quantity per
 * is per base unit of the parent: a BOM kept in another unit of the parent is divided by it.
 */
export function explodeBom(catalog: RefreshCatalog, parent: ItemInfo, bomNo: string, date: IsoDate): Explosion {
  const root = linesOn(catalog, bomNo, date);
  const bomUomQty = root.uom && root.uom !== parent.baseUom ? (parent.uoms[root.uom] ?? "1") : "1";
  const rootFactor = bomUomQty === "1" ? "1" : toBaseQty("1", "1", bomUomQty);
  const merged = new Map<string, ExplodedComponent>();
  const frames: ExplosionFrame[] = [];
  const visit = (frame: Frame, lines: BomLineInfo[]) => {
    frames.push({ bomNo: frame.bomNo, versionCode: frame.versionCode, factor: frame.factor, scrap: frame.scrap, link: frame.link, path: frame.path });
    for (const line of lines) {
      const link = line.routingLinkCode || frame.link;
      if (line.type === "PRODUCTION_BOM") {
        if (frame.level + 1 > MAX_PHANTOM_LEVELS) {
          throw new DomainError(
            "BOM_TOO_DEEP",
            `Production BOM ${bomNo} has more than ${MAX_PHANTOM_LEVELS} levels of phantom BOMs (stopped at ${line.no}); a BOM may contain itself.`,
            "productionBomNo",
            { no: bomNo, at: line.no },
          );
        }
        const phantom = linesOn(catalog, line.no, date);
        const next = {
          bomNo: line.no, versionCode: phantom.versionCode, factor: mulQty(frame.factor, line.quantityPer),
          scrap: compoundScrap(frame.scrap, line.scrapPercent), link, level: frame.level + 1, path: [...frame.path, line.lineNo],
        };
        visit(next, phantom.lines);
        continue;
      }
      const item = componentItem(catalog, line);
      const uom = line.uom ?? item.baseUom;
      const quantityPer = mulQty(frame.factor, toBaseQty(line.quantityPer, qtyPerOf(item, uom), qtyPerOf(item, item.baseUom)));
      const scrapPercent = compoundScrap(frame.scrap, line.scrapPercent);
      const key = `${item.no}\u0000${item.baseUom}\u0000${link}\u0000${line.formula}\u0000${scrapPercent}`;
      const existing = merged.get(key);
      if (existing) existing.quantityPer = addQty(existing.quantityPer, quantityPer);
      else {
        merged.set(key, {
          itemNo: item.no, variantCode: "", description: item.description, uom: item.baseUom,
          quantityPer, scrapPercent, routingLinkCode: link, formula: line.formula, path: [...frame.path, line.lineNo],
        });
      }
    }
  };
  visit({ bomNo, versionCode: root.versionCode, factor: rootFactor, scrap: "0", link: "", level: 1, path: [] }, root.lines);
  return { bomNo, versionCode: root.versionCode, components: [...merged.values()], frames };
}
