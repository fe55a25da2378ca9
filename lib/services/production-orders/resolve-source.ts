import { Prisma, type ManufacturingSetup } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import { decimalToString, mulDecimal, roundDecimal } from "@/lib/domain/bom/decimal";
import { atMinutes, isoDateOf, utcMsToIsoDate } from "@/lib/domain/calendar/iso-date";
import { endingDateFromDueDate } from "@/lib/domain/production-order/dates";
import type { ProdOrderSourceType, ProdOrderStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { queryOnce } from "@/lib/services/sql-tx";
import type { Tx } from "@/lib/services/tx";
import { msg } from "@/lib/i18n/domain-message";

// PO-3 … PO-8: what an order copies from its source, and its dates. Shared by create, update
// and the form's preview so the three can never disagree.

type Client = Db | Tx;

export type SourceInput = {
  status: ProdOrderStatus;
  sourceType: ProdOrderSourceType;
  sourceNo: string;
  variantCode: string;
  locationCode: string;
  quantity?: number;
  dueDate?: string;
};

export type ResolvedHeader = {
  description: string;
  description2: string;
  routingNo: string | null;
  unitCost: number;
  costAmount: number;
  quantity: number;
  variantCode: string;
  locationCode: string | null;
  dueDate: string;
  endingDate: string;
  startingDate: string;
  startingDateTime: Date;
  endingDateTime: Date;
};

export const today = () => utcMsToIsoDate(Date.now());

/**
 * PO-8: Cost Amount = round(Quantity × Unit Cost, 2), half away from zero as PostgreSQL rounds.
 * Exact decimals: in binary floats 3 × 1.005 is 3.0149999…, which would round to 3.01.
 */
export const costAmountOf = (quantity: number, unitCost: number) =>
  Number(decimalToString(roundDecimal(mulDecimal(quantity, unitCost), 2)));

export async function loadSetup(db: Client) {
  const setup = await db.manufacturingSetup.findUnique({ where: { id: 1 } });
  if (!setup) throw setupMissing();
  return setup;
}

const setupMissing = () => new DomainError("SETUP_MISSING", msg("setupMissing"));

type LocationFacts = { code: string; inboundHandlingDays: number; workingWeekdays: number[]; holidays: string[] };
type ItemFacts = {
  item: {
    no: string;
    description: string;
    description2: string;
    blocked: boolean;
    routingNo: string | null;
    unitCost: string;
    safetyLeadTimeDays: number | null;
  } | null;
  variant: { description: string; blocked: boolean } | null;
  sku: { routingNo: string | null; safetyLeadTimeDays: number | null } | null;
};

/** What resolving a source reads: the setup, the order's location and, for an Item, the item, its variant and SKU. */
export type SourceFacts = { setup: ManufacturingSetup; location: LocationFacts | null } & ItemFacts;

/**
 * ONE statement reads the facts a new order copies (creating an order is the hot path: as
 * separate Prisma queries these reads cost more of the server's CPU than the statement itself).
 * Values leave as JSON (numbers, text, ISO dates), so the raw pool and Prisma answer alike.
 */
export async function loadSourceFacts(
  db: Client,
  input: Pick<SourceInput, "sourceType" | "sourceNo" | "variantCode" | "locationCode">,
): Promise<SourceFacts> {
  const itemNo = input.sourceType === "ITEM" ? input.sourceNo : null;
  const [row] = await queryOnce<Omit<SourceFacts, "setup"> & { setup: ManufacturingSetup | null }>(
    db,
    Prisma.sql`
    SELECT
      (SELECT to_jsonb(s) FROM "ManufacturingSetup" s WHERE s.id = 1) AS setup,
      (SELECT jsonb_build_object('code', l.code, 'inboundHandlingDays', l."inboundHandlingDays", 'workingWeekdays', to_jsonb(l."workingWeekdays"),
                'holidays', coalesce((SELECT jsonb_agg(to_char(h.date, 'YYYY-MM-DD') ORDER BY h.date) FROM "LocationHoliday" h WHERE h."locationCode" = l.code), '[]'))
       FROM "Location" l WHERE l.code = ${input.locationCode}) AS location,
      (SELECT jsonb_build_object('no', i.no, 'description', i.description, 'description2', i.description2, 'blocked', i.blocked,
                'routingNo', i."routingNo", 'unitCost', i."unitCost"::text, 'safetyLeadTimeDays', i."safetyLeadTimeDays")
       FROM "Item" i WHERE i.no = ${itemNo}) AS item,
      (SELECT jsonb_build_object('description', v.description, 'blocked', v.blocked)
       FROM "ItemVariant" v WHERE v."itemNo" = ${itemNo} AND v.code = ${input.variantCode}) AS variant,
      (SELECT jsonb_build_object('routingNo', k."routingNo", 'safetyLeadTimeDays', k."safetyLeadTimeDays")
       FROM "StockkeepingUnit" k WHERE k."itemNo" = ${itemNo} AND k."variantCode" = ${input.variantCode} AND k."locationCode" = ${input.locationCode}) AS sku`,
  );
  if (!row.setup) throw setupMissing();
  return { ...row, setup: row.setup };
}

/** `facts`: what loadSourceFacts read, when the caller has read it already (no second read). */
export async function resolveSource(db: Client, input: SourceInput, facts?: SourceFacts): Promise<ResolvedHeader> {
  facts ??= await loadSourceFacts(db, input);
  const { setup, location } = facts;
  if (input.locationCode && !location) {
    throw new DomainError("LOCATION_NOT_FOUND", msg("locationNotFound", { code: input.locationCode }), "locationCode");
  }
  const resolved = await bySourceType(db, input, facts);
  const locationCode = resolved.locationCode ?? location?.code ?? null;
  const dueDate = resolved.dueDate ?? input.dueDate ?? today();

  let endingDate = dueDate;
  if (input.sourceType === "ITEM") {
    // An Item source keeps the order's own location (only a sales document brings its own).
    endingDate = endingDateFromDueDate({
      dueDate,
      safetyLeadTimeDays: resolved.safetyLeadTimeDays ?? setup.defaultSafetyLeadTimeDays,
      inboundHandlingDays: location?.inboundHandlingDays ?? 0,
      calendar: location ? { workingWeekdays: location.workingWeekdays, holidays: location.holidays } : null,
    });
  }
  const quantity = resolved.quantity ?? input.quantity ?? 0;
  return {
    description: resolved.description,
    description2: resolved.description2,
    routingNo: resolved.routingNo,
    unitCost: resolved.unitCost,
    costAmount: input.sourceType === "ITEM" ? costAmountOf(quantity, resolved.unitCost) : 0,
    quantity,
    variantCode: resolved.variantCode,
    locationCode,
    dueDate,
    endingDate,
    startingDate: endingDate,
    startingDateTime: atMinutes(endingDate, setup.normalStartingTime),
    endingDateTime: atMinutes(endingDate, setup.normalEndingTime),
  };
}

type Partial_ = {
  description: string;
  description2: string;
  routingNo: string | null;
  unitCost: number;
  variantCode: string;
  safetyLeadTimeDays?: number | null;
  locationCode?: string | null;
  dueDate?: string;
  quantity?: number;
};

async function bySourceType(db: Client, input: SourceInput, facts: SourceFacts): Promise<Partial_> {
  if (input.sourceType !== "ITEM" && input.variantCode) {
    throw new DomainError("VARIANT_NOT_ALLOWED", msg("variantNotAllowed"), "variantCode");
  }
  switch (input.sourceType) {
    case "ITEM":
      return fromItem(input, facts);
    case "FAMILY": {
      const family = await db.family.findUnique({ where: { no: input.sourceNo } });
      if (!family) throw new DomainError("SOURCE_NOT_FOUND", msg("familyNotFound", { no: input.sourceNo }), "sourceNo");
      if (family.blocked) throw new DomainError("SOURCE_BLOCKED", msg("familyBlocked", { no: input.sourceNo }), "sourceNo");
      return { description: family.description, description2: "", routingNo: family.routingNo, unitCost: 0, variantCode: "" };
    }
    case "SALES_HEADER":
      return fromSalesHeader(db, input);
  }
}

function fromItem(input: SourceInput, { item, variant, sku }: SourceFacts): Partial_ {
  if (!item) throw new DomainError("SOURCE_NOT_FOUND", msg("itemNotFound", { no: input.sourceNo }), "sourceNo");
  if (item.blocked) throw new DomainError("SOURCE_BLOCKED", msg("itemBlocked", { no: input.sourceNo }), "sourceNo");
  let description = item.description;
  const description2 = item.description2;
  if (input.variantCode) {
    if (!variant)
      throw new DomainError("VARIANT_NOT_FOUND", msg("variantNotFound", { code: input.variantCode, no: item.no }), "variantCode");
    if (variant.blocked)
      throw new DomainError("VARIANT_BLOCKED", msg("variantBlocked", { code: input.variantCode, no: item.no }), "variantCode");
    // PO-7 copies the variant's description only; Description 2 stays the item's (PO-4). (It used
    // to take the item's Description, which overflows Description 2's 50 characters.)
    if (variant.description) description = variant.description;
  }
  // The stockkeeping unit of item + location + variant overrides the item's routing and lead times.
  return {
    description,
    description2,
    routingNo: sku?.routingNo ?? item.routingNo,
    unitCost: Number(item.unitCost),
    variantCode: input.variantCode,
    safetyLeadTimeDays: sku?.safetyLeadTimeDays ?? item.safetyLeadTimeDays,
  };
}

async function fromSalesHeader(db: Client, input: SourceInput): Promise<Partial_> {
  const documentType = input.status === "SIMULATED" ? "QUOTE" : "ORDER";
  const header = await db.salesHeader.findUnique({
    where: { documentType_no: { documentType, no: input.sourceNo } },
    include: { lines: { where: { type: "ITEM" }, include: { item: { select: { replenishmentSystem: true } } } } },
  });
  if (!header) {
    throw new DomainError(
      "SOURCE_NOT_FOUND",
      msg(documentType === "QUOTE" ? "salesQuoteNotFound" : "salesOrderNotFound", { no: input.sourceNo }),
      "sourceNo",
    );
  }
  if (!header.shipmentDate) {
    throw new DomainError("SHIPMENT_DATE_MISSING", msg("shipmentDateMissing", { no: header.no }), "sourceNo");
  }
  // PO-6/RF-2: the lines build what the sales lines need, whatever Quantity was typed, so the
  // header's Quantity is that total (a typed 5 used to stand beside lines of 10). The create form
  // does not ask for it.
  const total = header.lines
    .filter((l) => l.item?.replenishmentSystem === "PROD_ORDER")
    .reduce((sum, l) => sum + Number(l.outstandingQuantity) - Number(l.reservedQuantity), 0);
  const shipment = isoDateOf(header.shipmentDate);
  return {
    description: header.shipToName,
    description2: "",
    routingNo: null,
    unitCost: 0,
    variantCode: "",
    locationCode: header.locationCode,
    dueDate: shipment,
    quantity: total,
  };
}
