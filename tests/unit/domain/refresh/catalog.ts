// A small in-memory catalog builder for the refresh unit tests.
import type { BomLineInfo, CapacityInfo, ItemInfo, RefreshCatalog, RoutingLineInfo, VersionedHeader } from "@/lib/domain/refresh/types";
import { capacityKey } from "@/lib/domain/refresh/types";

export function emptyCatalog(): RefreshCatalog {
  return {
    setup: { normalStartingTime: 480, normalEndingTime: 960, defaultSafetyLeadTimeDays: 1 },
    items: new Map(),
    boms: new Map(),
    bomLines: new Map(),
    routings: new Map(),
    routingLines: new Map(),
    capacities: new Map(),
    locations: new Map(),
    skus: new Map(),
  };
}

export function addItem(cat: RefreshCatalog, no: string, fields: Partial<ItemInfo> = {}): ItemInfo {
  const item: ItemInfo = {
    no,
    description: `Item ${no}`,
    description2: "",
    baseUom: "PCS",
    replenishment: "PURCHASE",
    policy: "MAKE_TO_STOCK",
    bomNo: null,
    routingNo: null,
    scrapPercent: "0",
    leadTimeDays: 0,
    safetyLeadTimeDays: 0,
    unitCost: "0",
    ...fields,
    uoms: { PCS: "1", ...fields.uoms },
  };
  cat.items.set(no, item);
  return item;
}

type LineInput = Partial<BomLineInfo> & { no: string };

export function addBom(
  cat: RefreshCatalog,
  no: string,
  lines: LineInput[],
  header: Partial<VersionedHeader> = {},
  versions: { code: string; startingDate: string | null; status?: VersionedHeader["status"]; lines: LineInput[] }[] = [],
) {
  cat.boms.set(no, {
    no,
    status: "CERTIFIED",
    uom: "PCS",
    ...header,
    versions: versions.map((v) => ({ code: v.code, startingDate: v.startingDate, status: v.status ?? "CERTIFIED" })),
  });
  const row =
    (versionCode: string | null) =>
    (l: LineInput, i: number): BomLineInfo => ({
      bomNo: no,
      versionCode,
      lineNo: (i + 1) * 10000,
      type: "ITEM",
      quantityPer: "1",
      uom: null,
      scrapPercent: "0",
      routingLinkCode: "",
      startingDate: null,
      endingDate: null,
      formula: "NONE",
      ...l,
    });
  cat.bomLines.set(no, [...lines.map(row(null)), ...versions.flatMap((v) => v.lines.map(row(v.code)))]);
}

/** A Mon–Fri 08:00–16:00 work center with the given capacity figures. */
export function addWorkCenter(cat: RefreshCatalog, no: string, fields: Partial<CapacityInfo> = {}) {
  cat.capacities.set(capacityKey("WORK_CENTER", no), {
    calendarCode: "STD",
    calendar: { days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startTime: 480, endTime: 960 })), holidays: [] },
    capacity: 1,
    efficiency: 100,
    ...fields,
  });
}

export function addRouting(cat: RefreshCatalog, no: string, ops: (Partial<RoutingLineInfo> & { no: string })[]) {
  cat.routings.set(no, { no, status: "CERTIFIED", versions: [] });
  cat.routingLines.set(
    no,
    ops.map((o, i) => ({
      routingNo: no,
      versionCode: null,
      operationNo: String((i + 1) * 10),
      type: "WORK_CENTER",
      workCenterNo: o.no,
      description: "",
      setupTime: "0",
      runTime: "0",
      waitTime: "0",
      moveTime: "0",
      routingLinkCode: "",
      sendAheadQuantity: "0",
      ...o,
    })),
  );
}
