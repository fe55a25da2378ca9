// RF-1…RF-7: the plain data a refresh works on. The service loads it set-based (a handful of
// queries whatever the BOM size) and the pure functions in this folder compute the new lines,
// components and routing lines from it. Decimals travel as exact decimal strings ("1.5"), plain
// dates as ISO strings, date-times as Dates read as UTC wall-clock (plant-local) time.
import type { IsoDate } from "@/lib/domain/calendar/iso-date";
import type { BaseCalendar } from "@/lib/domain/calendar/working-days";
import type { CalculationFormula } from "@/lib/domain/bom/expected-quantity";
import type { ShopCalendar } from "@/lib/domain/scheduling/shop-calendar";

export type Direction = "BACK" | "FORWARD";
export type ApprovalStatus = "NEW" | "CERTIFIED" | "UNDER_DEVELOPMENT" | "CLOSED";

export type ItemInfo = {
  no: string;
  description: string;
  description2: string;
  baseUom: string;
  replenishment: "PURCHASE" | "PROD_ORDER";
  policy: "MAKE_TO_STOCK" | "MAKE_TO_ORDER";
  bomNo: string | null;
  routingNo: string | null;
  scrapPercent: string;
  leadTimeDays: number;
  /** null = the Manufacturing Setup default. */
  safetyLeadTimeDays: number | null;
  unitCost: string;
  /** Unit of measure code → Qty. per Unit of Measure. */
  uoms: Record<string, string>;
};

/** lineCount: how many lines the BOM (version) holds in the database, when the catalog counted them. */
export type VersionHeader = { code: string; startingDate: IsoDate | null; status: ApprovalStatus; uom?: string; lineCount?: number };

/** A production BOM or a routing header with its versions. */
export type VersionedHeader = { no: string; status: ApprovalStatus; uom?: string; versions: VersionHeader[]; lineCount?: number };

export type BomLineInfo = {
  bomNo: string;
  /** null = a line of the BOM header itself. */
  versionCode: string | null;
  lineNo: number;
  type: "ITEM" | "PRODUCTION_BOM";
  no: string;
  quantityPer: string;
  /** null = the component's base unit. */
  uom: string | null;
  scrapPercent: string;
  routingLinkCode: string;
  startingDate: IsoDate | null;
  endingDate: IsoDate | null;
  formula: CalculationFormula;
};

export type RoutingLineInfo = {
  routingNo: string;
  versionCode: string | null;
  operationNo: string;
  type: "WORK_CENTER" | "MACHINE_CENTER";
  no: string;
  workCenterNo: string;
  description: string;
  setupTime: string;
  runTime: string;
  waitTime: string;
  moveTime: string;
  routingLinkCode: string;
  sendAheadQuantity: string;
};

/** Capacity of a work center or machine center (a machine center uses its work center's calendar). */
export type CapacityInfo = { calendarCode: string; calendar: ShopCalendar; capacity: number; efficiency: number };

export type LocationInfo = { code: string; inboundHandlingDays: number; calendar: BaseCalendar };

export type SkuInfo = {
  itemNo: string;
  variantCode: string;
  locationCode: string;
  routingNo: string | null;
  leadTimeDays: number | null;
  safetyLeadTimeDays: number | null;
};

export type SetupInfo = { normalStartingTime: number; normalEndingTime: number; defaultSafetyLeadTimeDays: number };

export type RefreshCatalog = {
  setup: SetupInfo;
  items: Map<string, ItemInfo>;
  boms: Map<string, VersionedHeader>;
  /** All lines of the header and of every version, per BOM No. */
  bomLines: Map<string, BomLineInfo[]>;
  routings: Map<string, VersionedHeader>;
  routingLines: Map<string, RoutingLineInfo[]>;
  /** Key `WORK_CENTER:<no>` or `MACHINE_CENTER:<no>`. */
  capacities: Map<string, CapacityInfo>;
  locations: Map<string, LocationInfo>;
  /** Key `<item>|<variant>|<location>`. */
  skus: Map<string, SkuInfo>;
};

export const skuKey = (itemNo: string, variantCode: string, locationCode: string | null) =>
  `${itemNo}|${variantCode}|${locationCode ?? ""}`;
export const capacityKey = (type: RoutingLineInfo["type"], no: string) => `${type}:${no}`;
