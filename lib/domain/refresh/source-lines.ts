// RF-2: the top-level lines of an order, from its source. Item → one line with the order's
// quantity; Family → one line per family line (family quantity × order quantity); Sales Header →
// one line per sales line of type Item still to be produced (Outstanding − Reserved > 0) whose
// item is replenished by production order. Identical lines merge, except sales lines.
import { addDecimal, compareDecimal, decimalToString, mulDecimal } from "@/lib/domain/bom/decimal";
import type { IsoDate } from "@/lib/domain/calendar/iso-date";
import { addQty, mulQty } from "@/lib/domain/refresh/quantities";
import { skuKey, type RefreshCatalog } from "@/lib/domain/refresh/types";

export type SeedLine = {
  itemNo: string;
  variantCode: string;
  locationCode: string | null;
  quantity: string;
  dueDate: IsoDate;
  routingNo: string | null;
  planningLevel: number;
  /** Sales lines stay one line each (RF-2), everything else merges with its twin. */
  mergeable: boolean;
};

export type OrderSource = {
  sourceNo: string;
  variantCode: string;
  routingNo: string | null;
  quantity: string;
  dueDate: IsoDate;
  locationCode: string | null;
};

export type FamilyLineInfo = { itemNo: string; quantity: string };

export type SalesLineInfo = {
  type: "ITEM" | "RESOURCE" | "GL_ACCOUNT" | "COMMENT";
  itemNo: string | null;
  variantCode: string;
  outstandingQuantity: string;
  reservedQuantity: string;
  locationCode: string | null;
  shipmentDate: IsoDate | null;
};

export function itemSourceLines(order: OrderSource): SeedLine[] {
  return [
    {
      itemNo: order.sourceNo,
      variantCode: order.variantCode,
      locationCode: order.locationCode,
      quantity: order.quantity,
      dueDate: order.dueDate,
      routingNo: order.routingNo,
      planningLevel: 0,
      mergeable: true,
    },
  ];
}

/** The family's routing is the order's (PO-5 copied it); every item is made on it. */
export function familySourceLines(order: OrderSource, lines: FamilyLineInfo[], familyRoutingNo: string | null): SeedLine[] {
  return mergeSeedLines(
    lines.map((l) => ({
      itemNo: l.itemNo,
      variantCode: "",
      locationCode: order.locationCode,
      quantity: mulQty(l.quantity, order.quantity),
      dueDate: order.dueDate,
      routingNo: order.routingNo ?? familyRoutingNo,
      planningLevel: 0,
      mergeable: true,
    })),
  );
}

/**
 * Outstanding − Reserved is what production still has to cover; a reservation larger than the
 * outstanding quantity leaves nothing to produce (a line cannot have a negative quantity).
 */
export function salesSourceLines(order: OrderSource, lines: SalesLineInfo[], catalog: RefreshCatalog): SeedLine[] {
  const seeds: SeedLine[] = [];
  for (const l of lines) {
    if (l.type !== "ITEM" || !l.itemNo) continue;
    const item = catalog.items.get(l.itemNo);
    if (!item || item.replenishment !== "PROD_ORDER") continue;
    const remaining = addDecimal(l.outstandingQuantity, mulDecimal(l.reservedQuantity, -1n));
    if (compareDecimal(remaining, 0) <= 0) continue;
    const sku = catalog.skus.get(skuKey(item.no, l.variantCode, l.locationCode));
    seeds.push({
      itemNo: item.no,
      variantCode: l.variantCode,
      locationCode: l.locationCode,
      quantity: decimalToString(remaining),
      dueDate: l.shipmentDate ?? order.dueDate,
      routingNo: sku?.routingNo ?? item.routingNo,
      planningLevel: 0,
      mergeable: false,
    });
  }
  return seeds;
}

/** Identical item/variant/location/level lines (the unit is always the base unit) become one. */
export function mergeSeedLines(seeds: SeedLine[]): SeedLine[] {
  const out: SeedLine[] = [];
  const byKey = new Map<string, SeedLine>();
  for (const s of seeds) {
    const key = `${s.itemNo}|${s.variantCode}|${s.locationCode ?? ""}|${s.planningLevel}`;
    const twin = s.mergeable ? byKey.get(key) : undefined;
    if (twin) {
      twin.quantity = addQty(twin.quantity, s.quantity);
      if (s.dueDate < twin.dueDate) twin.dueDate = s.dueDate;
      continue;
    }
    const copy = { ...s };
    if (s.mergeable) byKey.set(key, copy);
    out.push(copy);
  }
  return out;
}
