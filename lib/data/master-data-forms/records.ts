import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import type { SalesDocumentType } from "@/lib/generated/prisma/client";
import {
  PLANNING_PARAMETER_FIELDS,
  type PlanningParameterFieldDef,
  type PlanningParameterName,
} from "@/lib/domain/planning/parameter-fields";
import { minutesToClock } from "@/lib/i18n/clock-time";
import { calendarHash } from "@/lib/services/master-data/shop-calendars/calendar-hash";

// The master-data records as their edit forms start out: plain strings and booleans (no
// Decimals or Dates cross to the browser) plus the version the form must send back.

const num = (v: unknown) => (v === null || v === undefined ? "" : String(Number(v)));
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** PL-1 planning parameters as form text; blank = null (a SKU's: as the item). */
function planningForm(p: Record<PlanningParameterName, unknown>) {
  const text = (f: PlanningParameterFieldDef) => (f.kind === "quantity" ? num(p[f.name]) : p[f.name] === null ? "" : String(p[f.name]));
  return Object.fromEntries(PLANNING_PARAMETER_FIELDS.map((f) => [f.name, text(f)])) as Record<PlanningParameterName, string>;
}

export async function getItemForm(no: string) {
  await requireViewer("masterData.write");
  const item = await db.item.findUnique({
    where: { no },
    include: {
      unitsOfMeasure: { orderBy: { code: "asc" } },
      variants: { orderBy: { code: "asc" } },
      stockkeepingUnits: { orderBy: [{ locationCode: "asc" }, { variantCode: "asc" }] },
      inventory: { orderBy: [{ locationCode: "asc" }, { variantCode: "asc" }] },
    },
  });
  if (!item) return null;
  return {
    no: item.no,
    version: item.version,
    description: item.description,
    description2: item.description2,
    baseUnitOfMeasure: item.baseUnitOfMeasure,
    replenishmentSystem: item.replenishmentSystem as string,
    manufacturingPolicy: item.manufacturingPolicy as string,
    productionBomNo: item.productionBomNo ?? "",
    routingNo: item.routingNo ?? "",
    scrapPercent: num(item.scrapPercent),
    leadTimeDays: String(item.leadTimeDays),
    safetyLeadTimeDays: item.safetyLeadTimeDays === null ? "" : String(item.safetyLeadTimeDays),
    unitCost: num(item.unitCost),
    blocked: item.blocked,
    productionBlocked: item.productionBlocked as string,
    roundingPrecision: num(item.roundingPrecision),
    ...planningForm(item),
    includeInventory: item.includeInventory,
    units: item.unitsOfMeasure.map((u) => ({ code: u.code, qtyPerUnitOfMeasure: num(u.qtyPerUnitOfMeasure) })),
    variants: item.variants.map((v) => ({ code: v.code, description: v.description, blocked: v.blocked })),
    stockkeepingUnits: item.stockkeepingUnits.map((s) => ({
      locationCode: s.locationCode,
      variantCode: s.variantCode,
      routingNo: s.routingNo ?? "",
      leadTimeDays: s.leadTimeDays === null ? "" : String(s.leadTimeDays),
      safetyLeadTimeDays: s.safetyLeadTimeDays === null ? "" : String(s.safetyLeadTimeDays),
      ...planningForm(s),
    })),
    inventory: item.inventory.map((b) => ({ locationCode: b.locationCode, variantCode: b.variantCode, quantity: num(b.quantity) })),
  };
}
export type ItemFormValues = NonNullable<Awaited<ReturnType<typeof getItemForm>>>;

export async function getLocationForm(code: string) {
  await requireViewer("masterData.write");
  const l = await db.location.findUnique({ where: { code }, include: { holidays: { orderBy: { date: "asc" } } } });
  if (!l) return null;
  return {
    code: l.code,
    version: l.version,
    name: l.name,
    inboundHandlingDays: String(l.inboundHandlingDays),
    workingWeekdays: l.workingWeekdays,
    holidays: l.holidays.map((h) => ({ date: day(h.date), description: h.description })),
  };
}
export type LocationFormValues = NonNullable<Awaited<ReturnType<typeof getLocationForm>>>;

export async function getShopCalendarForm(code: string) {
  await requireViewer("masterData.read");
  const c = await db.shopCalendar.findUnique({
    where: { code },
    include: {
      days: { orderBy: [{ weekday: "asc" }, { startTime: "asc" }] },
      holidays: { orderBy: { date: "asc" } },
      workCenters: { select: { no: true, name: true }, orderBy: { no: "asc" } },
    },
  });
  if (!c) return null;
  return {
    code: c.code,
    description: c.description,
    readHash: calendarHash(c),
    days: c.days.map((d) => ({ weekday: String(d.weekday), startTime: minutesToClock(d.startTime), endTime: minutesToClock(d.endTime) })),
    holidays: c.holidays.map((h) => ({ date: day(h.date), description: h.description })),
    workCenters: c.workCenters,
  };
}
export type ShopCalendarFormValues = NonNullable<Awaited<ReturnType<typeof getShopCalendarForm>>>;

export async function listShopCalendars() {
  await requireViewer("masterData.read");
  return db.shopCalendar.findMany({ orderBy: { code: "asc" }, include: { _count: { select: { workCenters: true } } } });
}

export async function getCenterForm(kind: "work" | "machine", no: string) {
  await requireViewer("masterData.write");
  const c = kind === "work" ? await db.workCenter.findUnique({ where: { no } }) : await db.machineCenter.findUnique({ where: { no } });
  if (!c) return null;
  return {
    no: c.no,
    version: c.version,
    name: c.name,
    capacity: num(c.capacity),
    efficiency: num(c.efficiency),
    unitCost: num(c.unitCost),
    shopCalendarCode: "shopCalendarCode" in c ? c.shopCalendarCode : "",
    workCenterNo: "workCenterNo" in c ? c.workCenterNo : "",
  };
}
export type CenterFormValues = NonNullable<Awaited<ReturnType<typeof getCenterForm>>>;

export async function getFamilyForm(no: string) {
  await requireViewer("masterData.write");
  const f = await db.family.findUnique({ where: { no }, include: { lines: { orderBy: { lineNo: "asc" } } } });
  if (!f) return null;
  return {
    no: f.no,
    version: f.version,
    description: f.description,
    routingNo: f.routingNo ?? "",
    blocked: f.blocked,
    lines: f.lines.map((l) => ({ itemNo: l.itemNo, quantity: num(l.quantity) })),
  };
}
export type FamilyFormValues = NonNullable<Awaited<ReturnType<typeof getFamilyForm>>>;

export async function getSalesDocumentForm(documentType: SalesDocumentType, no: string) {
  await requireViewer("masterData.write");
  const h = await db.salesHeader.findUnique({
    where: { documentType_no: { documentType, no } },
    include: { lines: { orderBy: { lineNo: "asc" } } },
  });
  if (!h) return null;
  return {
    documentType: h.documentType as string,
    no: h.no,
    version: h.version,
    sellToCustomerNo: h.sellToCustomerNo,
    sellToName: h.sellToName,
    shipToName: h.shipToName,
    locationCode: h.locationCode ?? "",
    shipmentDate: day(h.shipmentDate),
    status: h.status as string,
    lines: h.lines.map((l) => ({
      lineNo: String(l.lineNo),
      type: l.type as string,
      no: l.no,
      variantCode: l.variantCode,
      description: l.description,
      quantity: num(l.quantity),
      outstandingQuantity: num(l.outstandingQuantity),
      reservedQuantity: num(l.reservedQuantity),
      locationCode: l.locationCode ?? "",
      shipmentDate: day(l.shipmentDate),
    })),
  };
}
export type SalesDocumentFormValues = NonNullable<Awaited<ReturnType<typeof getSalesDocumentForm>>>;
