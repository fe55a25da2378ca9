import type { IsoDate } from "@/lib/domain/calendar/iso-date";
import { addDecimal, compareDecimal, decimalToString } from "@/lib/domain/bom/decimal";
import { shortageOf } from "./availability";

// RP-2: which new orders a replan level creates. Only components that are produced (Prod. Order
// replenishment) and not already supplied by a line of their own order (RF-4) qualify. For each
// item/variant/location the components are walked by due date: each one's projected
// availability (RP-3, which already counts every demand due up to that date) plus what earlier
// new orders of this replan cover gives the shortage still open. Components of one item due on
// the same day share one new order.

export type ComponentNeed = {
  componentId: number;
  itemNo: string;
  variantCode: string;
  locationCode: string | null;
  dueDate: IsoDate;
  produced: boolean;
  suppliedWithinOrder: boolean;
  /** RP-3 projected availability on the due date, as exact decimal text. */
  available: string;
};

export type ChildOrderPlan = {
  itemNo: string;
  variantCode: string;
  locationCode: string | null;
  dueDate: IsoDate;
  quantity: string;
  componentIds: number[];
  /** Why the quantity: per component, its availability, what earlier new orders already cover, and the shortage left. */
  covers: ShortageCover[];
};

export type ShortageCover = { componentId: number; available: string; coveredBefore: string; shortage: string };

const keyOf = (n: { itemNo: string; variantCode: string; locationCode: string | null }) =>
  JSON.stringify([n.itemNo, n.variantCode, n.locationCode]);

export function planChildOrders(needs: ComponentNeed[]): ChildOrderPlan[] {
  const groups = new Map<string, ComponentNeed[]>();
  for (const n of needs) {
    if (!n.produced || n.suppliedWithinOrder) continue;
    const list = groups.get(keyOf(n)) ?? [];
    list.push(n);
    groups.set(keyOf(n), list);
  }
  const plans: ChildOrderPlan[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.componentId - b.componentId));
    let covered = "0";
    let last: ChildOrderPlan | null = null;
    for (const n of list) {
      const shortage = shortageOf(n.available, covered);
      if (compareDecimal(shortage, 0) <= 0) continue;
      const cover = { componentId: n.componentId, available: n.available, coveredBefore: covered, shortage };
      covered = decimalToString(addDecimal(covered, shortage));
      if (last && last.dueDate === n.dueDate) {
        last.quantity = decimalToString(addDecimal(last.quantity, shortage));
        last.componentIds.push(n.componentId);
        last.covers.push(cover);
        continue;
      }
      last = {
        itemNo: n.itemNo,
        variantCode: n.variantCode,
        locationCode: n.locationCode,
        dueDate: n.dueDate,
        quantity: shortage,
        componentIds: [n.componentId],
        covers: [cover],
      };
      plans.push(last);
    }
  }
  return plans.sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.itemNo < b.itemNo ? -1 : a.itemNo > b.itemNo ? 1 : 0,
  );
}
