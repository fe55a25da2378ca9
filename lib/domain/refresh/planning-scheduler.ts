import { atMinutes, isoDateOf } from "@/lib/domain/calendar/iso-date";
import type { PlanningScheduler } from "@/lib/domain/planning/types";
import { scheduleLine } from "@/lib/domain/refresh/schedule-line";
import { skuKey, type RefreshCatalog } from "@/lib/domain/refresh/types";

// PL-6: the planning engine's dates come from refresh's scheduleLine over the refresh catalog
// (loaded once per plan by lib/services/planning/planning-scheduler.ts): each proposal is
// scheduled exactly as refresh schedules an order line of that item (Ending Date from the Due
// Date with Safety Lead Time and Inbound Whse. Handling Time, PO-3; Starting Date from the
// routing or the Lead Time Calculation, RF-5).

/** The engine's scheduler over a catalog: backward from the due date, forward from `startNotBefore` when backward starts too early. */
export function planningScheduler(catalog: RefreshCatalog): PlanningScheduler {
  return (request) => {
    const item = catalog.items.get(request.itemNo);
    const sku = catalog.skus.get(skuKey(request.itemNo, request.variantCode, request.locationCode || null));
    const line = {
      itemNo: request.itemNo,
      variantCode: request.variantCode,
      locationCode: request.locationCode || null,
      quantity: request.quantity,
      dueDate: request.dueDate,
      routingNo: item?.replenishment === "PROD_ORDER" ? (sku?.routingNo ?? item.routingNo) : null,
    };
    const back = scheduleLine(catalog, { ...line, direction: "BACK", forwardStart: atMinutes(request.dueDate, 0) });
    const startingDate = isoDateOf(back.startingDateTime);
    if (!request.startNotBefore || startingDate >= request.startNotBefore)
      return { startingDate, endingDate: isoDateOf(back.endingDateTime), dueDate: request.dueDate };
    const forward = scheduleLine(catalog, {
      ...line,
      direction: "FORWARD",
      forwardStart: atMinutes(request.startNotBefore, catalog.setup.normalStartingTime),
    });
    return {
      startingDate: isoDateOf(forward.startingDateTime),
      endingDate: isoDateOf(forward.endingDateTime),
      dueDate: forward.dueDate > request.dueDate ? forward.dueDate : request.dueDate,
    };
  };
}
