import "server-only";
import { FAMILY_FILTERS, FAMILY_SORTS, familyList } from "@/lib/data/families";
import { ITEM_FILTERS, ITEM_SORTS, itemList } from "@/lib/data/items";
import { LOCATION_FILTERS, LOCATION_SORTS, locationList } from "@/lib/data/locations";
import { MACHINE_CENTER_FILTERS, MACHINE_CENTER_SORTS, machineCenterList } from "@/lib/data/machine-centers";
import { NO_SERIES_FILTERS, NO_SERIES_SORTS, noSeriesList } from "@/lib/data/no-series";
import { PRODUCTION_BOM_FILTERS, PRODUCTION_BOM_SORTS, productionBomList } from "@/lib/data/production-boms";
import { ORDER_FILTERS, ORDER_SORTS, productionOrderList } from "@/lib/data/production-orders";
import { ROUTING_FILTERS, ROUTING_SORTS, routingList } from "@/lib/data/routings";
import { SALES_ORDER_FILTERS, SALES_ORDER_SORTS, salesOrderList } from "@/lib/data/sales-orders";
import { WORK_CENTER_FILTERS, WORK_CENTER_SORTS, workCenterList } from "@/lib/data/work-centers";
import { statusFromSlug, STATUS_SLUGS } from "@/lib/domain/production-order/slugs";
import { STATUS_CAPTIONS } from "@/lib/domain/bom/status-rules";
import { REORDERING_POLICY_CAPTIONS } from "@/lib/domain/planning/parameter-rules";
import { isoDay, isoTime, listExport, type ExportColumn, type ListExport } from "@/lib/data/export/paged";
import {
  PLANNING_PARAMETER_FIELDS,
  type PlanningParameterFieldDef,
  type PlanningParameterName,
} from "@/lib/domain/planning/parameter-fields";
import type { ReorderingPolicy } from "@/lib/domain/planning/types";
import type { CsvCell } from "@/lib/domain/csv/write";

// Every list's export, by the list's path (/export<basePath>). Captions are Business Central's;
// the items export has exactly the columns the items import reads, so a file can go round-trip.

const REPLENISHMENT = { PURCHASE: "Purchase", PROD_ORDER: "Prod. Order" } as const;
const POLICY = { MAKE_TO_STOCK: "Make-to-Stock", MAKE_TO_ORDER: "Make-to-Order" } as const;
const PRODUCTION_BLOCKED = { NONE: "", OUTPUT: "Output" } as const;
const SOURCE = { ITEM: "Item", FAMILY: "Family", SALES_HEADER: "Sales Header" } as const;
const yesNo = (b: boolean) => (b ? "Yes" : "No");
const days = (n: number | null) => (n === null ? "" : `${n}D`);
/** A planning parameter's cell, as the items import reads it back. */
function planningCell(f: PlanningParameterFieldDef, v: unknown): CsvCell {
  switch (f.kind) {
    case "policy":
      return v ? REORDERING_POLICY_CAPTIONS[v as ReorderingPolicy] : "";
    case "days":
      return days(v as number | null);
    case "yesNo":
      return yesNo(v as boolean);
    case "quantity":
      return v as CsvCell;
  }
}

const MASTER_DATA: Record<string, ListExport> = {
  items: listExport({
    fileName: "items",
    sortable: ITEM_SORTS,
    defaultSort: "no",
    filters: ITEM_FILTERS,
    source: itemList,
    fields: [
      "no",
      "description",
      "baseUnitOfMeasure",
      "replenishmentSystem",
      "manufacturingPolicy",
      "productionBomNo",
      "routingNo",
      "scrapPercent",
      "leadTimeDays",
      "safetyLeadTimeDays",
      "unitCost",
      "blocked",
      "description2",
      "productionBlocked",
      "roundingPrecision",
      ...PLANNING_PARAMETER_FIELDS.map((f) => f.name),
    ],
    columns: [
      ["No.", (r) => r.no],
      ["Description", (r) => r.description],
      ["Base Unit of Measure", (r) => r.baseUnitOfMeasure],
      ["Replenishment System", (r) => REPLENISHMENT[r.replenishmentSystem]],
      ["Manufacturing Policy", (r) => POLICY[r.manufacturingPolicy]],
      ["Production BOM No.", (r) => r.productionBomNo],
      ["Routing No.", (r) => r.routingNo],
      ["Scrap %", (r) => r.scrapPercent],
      ["Lead Time Calculation", (r) => `${r.leadTimeDays}D`],
      ["Safety Lead Time", (r) => (r.safetyLeadTimeDays === null ? "" : `${r.safetyLeadTimeDays}D`)],
      ["Unit Cost", (r) => r.unitCost],
      ["Blocked", (r) => yesNo(r.blocked)],
      // Added after the first twelve so files and macros that read those by position keep working.
      ["Description 2", (r) => r.description2],
      ["Production Blocked", (r) => PRODUCTION_BLOCKED[r.productionBlocked]],
      ["Rounding Precision", (r) => r.roundingPrecision],
      // PL-1 planning parameters, BC's captions and option captions, as the import reads them.
      ...PLANNING_PARAMETER_FIELDS.map((f): ExportColumn<Record<PlanningParameterName, unknown>> => [
        f.caption,
        (r) => planningCell(f, r[f.name]),
      ]),
    ],
  }),
  "production-boms": listExport({
    fileName: "production-boms",
    sortable: PRODUCTION_BOM_SORTS,
    defaultSort: "no",
    filters: PRODUCTION_BOM_FILTERS,
    source: productionBomList,
    fields: ["no", "description", "unitOfMeasureCode", "status"],
    columns: [
      ["No.", (r) => r.no],
      ["Description", (r) => r.description],
      ["Unit of Measure Code", (r) => r.unitOfMeasureCode],
      ["Status", (r) => STATUS_CAPTIONS[r.status]],
    ],
  }),
  routings: listExport({
    fileName: "routings",
    sortable: ROUTING_SORTS,
    defaultSort: "no",
    filters: ROUTING_FILTERS,
    source: routingList,
    fields: ["no", "description", "status"],
    columns: [
      ["No.", (r) => r.no],
      ["Description", (r) => r.description],
      ["Status", (r) => STATUS_CAPTIONS[r.status]],
    ],
  }),
  "work-centers": listExport({
    fileName: "work-centers",
    sortable: WORK_CENTER_SORTS,
    defaultSort: "no",
    filters: WORK_CENTER_FILTERS,
    source: workCenterList,
    fields: ["no", "name", "capacity", "efficiency", "shopCalendarCode", "unitCost"],
    columns: [
      ["No.", (r) => r.no],
      ["Name", (r) => r.name],
      ["Capacity", (r) => r.capacity],
      ["Efficiency %", (r) => r.efficiency],
      ["Shop Calendar Code", (r) => r.shopCalendarCode],
      ["Unit Cost", (r) => r.unitCost],
    ],
  }),
  "machine-centers": listExport({
    fileName: "machine-centers",
    sortable: MACHINE_CENTER_SORTS,
    defaultSort: "no",
    filters: MACHINE_CENTER_FILTERS,
    source: machineCenterList,
    fields: ["no", "name", "workCenterNo", "capacity", "efficiency", "unitCost"],
    columns: [
      ["No.", (r) => r.no],
      ["Name", (r) => r.name],
      ["Work Center No.", (r) => r.workCenterNo],
      ["Capacity", (r) => r.capacity],
      ["Efficiency %", (r) => r.efficiency],
      ["Unit Cost", (r) => r.unitCost],
    ],
  }),
  families: listExport({
    fileName: "families",
    sortable: FAMILY_SORTS,
    defaultSort: "no",
    filters: FAMILY_FILTERS,
    source: familyList,
    fields: ["no", "description", "routingNo", "blocked"],
    columns: [
      ["No.", (r) => r.no],
      ["Description", (r) => r.description],
      ["Routing No.", (r) => r.routingNo],
      ["Blocked", (r) => yesNo(r.blocked)],
    ],
  }),
  "sales-orders": listExport({
    fileName: "sales-documents",
    sortable: SALES_ORDER_SORTS,
    defaultSort: "no",
    filters: SALES_ORDER_FILTERS,
    source: salesOrderList,
    fields: ["documentType", "no", "sellToCustomerNo", "sellToName", "locationCode", "shipmentDate", "status"],
    columns: [
      ["Document Type", (r) => (r.documentType === "ORDER" ? "Order" : "Quote")],
      ["No.", (r) => r.no],
      ["Sell-to Customer No.", (r) => r.sellToCustomerNo],
      ["Sell-to Customer Name", (r) => r.sellToName],
      ["Location Code", (r) => r.locationCode],
      ["Shipment Date", (r) => isoDay(r.shipmentDate)],
      ["Status", (r) => (r.status === "OPEN" ? "Open" : "Released")],
    ],
  }),
  locations: listExport({
    fileName: "locations",
    sortable: LOCATION_SORTS,
    defaultSort: "code",
    filters: LOCATION_FILTERS,
    source: locationList,
    fields: ["code", "name", "inboundHandlingDays"],
    columns: [
      ["Code", (r) => r.code],
      ["Name", (r) => r.name],
      ["Inbound Whse. Handling Time", (r) => `${r.inboundHandlingDays}D`],
    ],
  }),
  "admin/number-series": listExport({
    fileName: "number-series",
    sortable: NO_SERIES_SORTS,
    defaultSort: "code",
    filters: NO_SERIES_FILTERS,
    source: noSeriesList,
    fields: ["code", "description", "startingNo", "endingNo", "lastNoUsed", "nextNo", "defaultNos", "manualNos", "dateOrder"],
    columns: [
      ["Code", (r) => r.code],
      ["Description", (r) => r.description],
      ["Starting No.", (r) => r.startingNo],
      ["Ending No.", (r) => r.endingNo],
      ["Last No. Used", (r) => r.lastNoUsed],
      ["Next No.", (r) => r.nextNo],
      ["Default Nos.", (r) => yesNo(r.defaultNos)],
      ["Manual Nos.", (r) => yesNo(r.manualNos)],
      ["Date Order", (r) => yesNo(r.dateOrder)],
    ],
  }),
};

function orderExport(slug: string): ListExport | undefined {
  const status = statusFromSlug(slug);
  if (!status) return undefined;
  return listExport({
    fileName: `production-orders-${STATUS_SLUGS[status]}`,
    sortable: ORDER_SORTS,
    defaultSort: "no",
    defaultDir: "desc",
    filters: ORDER_FILTERS,
    source: productionOrderList(status),
    fields: ["no", "description", "sourceType", "sourceNo", "quantity", "dueDate", "startingDateTime", "endingDateTime", "locationCode"],
    columns: [
      ["No.", (r) => r.no],
      ["Description", (r) => r.description],
      ["Source Type", (r) => SOURCE[r.sourceType]],
      ["Source No.", (r) => r.sourceNo],
      ["Quantity", (r) => r.quantity],
      ["Due Date", (r) => isoDay(r.dueDate)],
      ["Starting Date-Time", (r) => isoTime(r.startingDateTime)],
      ["Ending Date-Time", (r) => isoTime(r.endingDateTime)],
      ["Location Code", (r) => r.locationCode],
    ],
  });
}

/** The export for /export/<segments…>, or undefined for a path that is not a list. */
export function findListExport(segments: string[]): ListExport | undefined {
  const path = segments.join("/");
  if (Object.hasOwn(MASTER_DATA, path)) return MASTER_DATA[path];
  if (segments.length === 2 && segments[0] === "production-orders") return orderExport(segments[1]);
  return undefined;
}
