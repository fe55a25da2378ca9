import { Prisma } from "@/lib/generated/prisma/client";
import type { IsoDate } from "@/lib/domain/calendar/iso-date";
import type { PlanningBomComponent, PlanningDemand, PlanningInput, PlanningItem, PlanningSupply } from "@/lib/domain/planning/types";
import { skuKey, type ItemInfo, type SetupInfo, type SkuInfo } from "@/lib/domain/refresh/types";
import type { SqlTx } from "@/lib/services/sql-tx";
import { parametersOf, parameterColumns, type ParameterRow } from "./planning-parameter-rows";

// Set-based loading of a regenerative plan (PL-2, PL-3; style guide §6): EIGHT statements,
// whatever the number of items, BOM levels, sales lines or orders — setup, items, stockkeeping
// units, certified BOM components (one recursive CTE through the phantoms), sales demand,
// component demand, inventory and production-order supply. Each returns plain rows with the
// quantities already as trim_scale(…)::text in base units, which is what the engine reads.
//
// The same item and SKU rows carry what the scheduler needs of them (routing, lead times, the
// setup's working times): the refresh catalog's item and SKU maps are built from them, so the
// plan never reads refresh's BOM catalog. That statement walks every make-to-order BOM of the
// items it is given — right for one order, but for every item of a 10,000-item company it was
// most of the plan's load time (and planning uses none of the BOM lines it returns).
//
// Demand and supply after the plan's Ending Date are left out (BC plans up to that date and
// leaves what lies beyond it alone); demand before its Starting Date stays in: the engine covers
// it as early as it can and marks it Emergency (PL-6).

export type PlanningData = Omit<PlanningInput, "schedule" | "itemFilter">;
/** What scheduling needs of the plan's items and SKUs (the refresh catalog's setup, items and skus). */
export type PlanningScheduling = { setup: SetupInfo; items: Map<string, ItemInfo>; skus: Map<string, SkuInfo> };
export type PlanningPeriod = { startingDate: IsoDate; endingDate: IsoDate };

const qty = (column: Prisma.Sql) => Prisma.sql`trim_scale(round(${column}, 5))::text`;

type ItemRow = ParameterRow & {
  no: string;
  description: string;
  replenishmentSystem: PlanningItem["replenishmentSystem"];
  manufacturingPolicy: PlanningItem["manufacturingPolicy"];
  scrapPercent: string;
  baseUom: string;
  bomNo: string | null;
  routingNo: string | null;
  leadTimeDays: number;
  safetyLeadTimeDays: number | null;
};
type SkuRow = ParameterRow & {
  itemNo: string;
  variantCode: string;
  locationCode: string;
  ownRoutingNo: string | null;
  ownLeadTimeDays: number | null;
  ownSafetyLeadTimeDays: number | null;
};
type ComponentRow = { parent: string; itemNo: string; quantityPer: string; fixedQuantity: boolean };
type SalesRow = {
  itemNo: string;
  variantCode: string;
  locationCode: string;
  date: IsoDate;
  quantity: string;
  documentNo: string;
  lineNo: number;
};
type ComponentDemandRow = Omit<SalesRow, "documentNo"> & {
  orderStatus: "PLANNED" | "FIRM_PLANNED" | "RELEASED";
  orderNo: string;
  componentLineNo: number;
};
type InventoryRow = { itemNo: string; variantCode: string; locationCode: string; quantity: string };
type SupplyRow = InventoryRow & {
  orderStatus: "PLANNED" | "FIRM_PLANNED" | "RELEASED";
  orderNo: string;
  orderLineNo: number;
  orderVersion: number;
  dueDate: IsoDate;
  startingDate: IsoDate;
  endingDate: IsoDate;
  singleLine: boolean;
};

const OPEN_ORDER_STATUSES = Prisma.sql`('PLANNED', 'FIRM_PLANNED', 'RELEASED')`;

/** The PlanningInput of a regenerative plan over `period`, without `schedule` and `itemFilter` (the caller's). */
export async function loadPlanningInput(tx: SqlTx, period: PlanningPeriod): Promise<PlanningData> {
  return (await loadPlanning(tx, period)).data;
}

/** The plan's input and, from the same rows, what scheduling needs of its items (planning-scheduler.ts). */
export async function loadPlanning(tx: SqlTx, period: PlanningPeriod): Promise<{ data: PlanningData; scheduling: PlanningScheduling }> {
  const { startingDate, endingDate } = period;
  const [setup] = await tx.$queryRaw<(SetupInfo & { periodDays: number; percent: string })[]>`
    SELECT "defaultDampenerPeriodDays" AS "periodDays", trim_scale("defaultDampenerPercent")::text AS percent,
           "normalStartingTime", "normalEndingTime", "defaultSafetyLeadTimeDays"
    FROM "ManufacturingSetup" WHERE id = 1`;

  const itemRows = await tx.$queryRaw<ItemRow[]>`
    SELECT i.no, i.description, i."replenishmentSystem"::text AS "replenishmentSystem",
           i."manufacturingPolicy"::text AS "manufacturingPolicy", trim_scale(i."scrapPercent")::text AS "scrapPercent",
           i."baseUnitOfMeasure" AS "baseUom", i."productionBomNo" AS "bomNo", i."routingNo", i."leadTimeDays", i."safetyLeadTimeDays",
           ${parameterColumns("i", null)}
    FROM "Item" i ORDER BY i.no`;

  // The stockkeeping unit's own value where it has one, else the item's (PL-1).
  const skuRows = await tx.$queryRaw<SkuRow[]>`
    SELECT s."itemNo", s."variantCode", s."locationCode", ${parameterColumns("s", "i")},
           s."routingNo" AS "ownRoutingNo", s."leadTimeDays" AS "ownLeadTimeDays", s."safetyLeadTimeDays" AS "ownSafetyLeadTimeDays"
    FROM "StockkeepingUnit" s JOIN "Item" i ON i.no = s."itemNo"
    ORDER BY s."itemNo", s."variantCode", s."locationCode"`;

  const componentRows = await loadComponents(tx, startingDate);

  const salesRows = await tx.$queryRaw<SalesRow[]>`
    SELECT l."itemNo", l."variantCode", coalesce(l."locationCode", h."locationCode", '') AS "locationCode",
           to_char(coalesce(l."shipmentDate", h."shipmentDate"), 'YYYY-MM-DD') AS date, ${qty(Prisma.sql`l."outstandingQuantity"`)} AS quantity,
           l."documentNo", l."lineNo"
    FROM "SalesLine" l JOIN "SalesHeader" h ON h."documentType" = l."documentType" AND h.no = l."documentNo"
    WHERE l."documentType" = 'ORDER' AND l.type = 'ITEM' AND l."itemNo" IS NOT NULL AND l."outstandingQuantity" > 0
      AND coalesce(l."shipmentDate", h."shipmentDate") IS NOT NULL AND coalesce(l."shipmentDate", h."shipmentDate") <= ${endingDate}::date
    ORDER BY date, l."documentNo", l."lineNo"`;

  const componentDemandRows = await tx.$queryRaw<ComponentDemandRow[]>`
    SELECT c."itemNo", c."variantCode", coalesce(c."locationCode", '') AS "locationCode",
           to_char(coalesce(c."dueDate", pl."dueDate", o."dueDate"), 'YYYY-MM-DD') AS date,
           ${qty(Prisma.sql`c."remainingQuantity" * c."qtyPerUnitOfMeasure"`)} AS quantity,
           o.status::text AS "orderStatus", o.no AS "orderNo", pl."lineNo", c."lineNo" AS "componentLineNo"
    FROM "ProductionOrder" o
    JOIN "ProdOrderLine" pl ON pl."orderId" = o.id
    JOIN "ProdOrderComponent" c ON c."orderLineId" = pl.id
    WHERE o.status IN ${OPEN_ORDER_STATUSES} AND c."remainingQuantity" > 0
      AND coalesce(c."dueDate", pl."dueDate", o."dueDate") <= ${endingDate}::date
    ORDER BY date, o.status, o.no, pl."lineNo", c."lineNo"`;

  const inventoryRows = await tx.$queryRaw<InventoryRow[]>`
    SELECT b."itemNo", b."variantCode", b."locationCode", ${qty(Prisma.sql`b.quantity`)} AS quantity
    FROM "InventoryBalance" b WHERE b.quantity <> 0
    ORDER BY b."itemNo", b."variantCode", b."locationCode"`;

  const supplyRows = await tx.$queryRaw<SupplyRow[]>`
    SELECT pl."itemNo", pl."variantCode", coalesce(pl."locationCode", o."locationCode", '') AS "locationCode",
           ${qty(Prisma.sql`pl."remainingQuantity" * pl."qtyPerUnitOfMeasure"`)} AS quantity,
           o.status::text AS "orderStatus", o.no AS "orderNo", pl."lineNo" AS "orderLineNo", o.version AS "orderVersion",
           to_char(coalesce(pl."dueDate", o."dueDate"), 'YYYY-MM-DD') AS "dueDate",
           to_char(coalesce(pl."startingDateTime"::date, pl."dueDate", o."dueDate"), 'YYYY-MM-DD') AS "startingDate",
           to_char(coalesce(pl."endingDateTime"::date, pl."dueDate", o."dueDate"), 'YYYY-MM-DD') AS "endingDate",
           (SELECT count(*) FROM "ProdOrderLine" x WHERE x."orderId" = o.id) = 1 AS "singleLine"
    FROM "ProductionOrder" o JOIN "ProdOrderLine" pl ON pl."orderId" = o.id
    WHERE o.status IN ${OPEN_ORDER_STATUSES} AND pl."remainingQuantity" > 0
      AND coalesce(pl."dueDate", o."dueDate") IS NOT NULL AND coalesce(pl."dueDate", o."dueDate") <= ${endingDate}::date
    ORDER BY "dueDate", o.status, o.no, pl."lineNo"`;

  const data: PlanningData = {
    startingDate,
    endingDate,
    items: itemsOf(itemRows, skuRows, componentRows),
    demands: [
      ...salesRows.map((r): PlanningDemand => ({
        itemNo: r.itemNo,
        variantCode: r.variantCode,
        locationCode: r.locationCode,
        kind: "SALES",
        date: r.date,
        quantity: r.quantity,
        source: { type: "SALES", documentNo: r.documentNo, lineNo: r.lineNo },
      })),
      ...componentDemandRows.map((r): PlanningDemand => ({
        itemNo: r.itemNo,
        variantCode: r.variantCode,
        locationCode: r.locationCode,
        kind: "COMPONENT",
        date: r.date,
        quantity: r.quantity,
        source: { type: "COMPONENT", orderStatus: r.orderStatus, orderNo: r.orderNo, lineNo: r.lineNo, componentLineNo: r.componentLineNo },
      })),
    ],
    supplies: [
      ...inventoryRows.map((r): PlanningSupply => ({ kind: "INVENTORY", ...r })),
      ...supplyRows.map((r): PlanningSupply => ({ kind: "PROD_ORDER", ...r })),
    ],
    defaultDampenerPeriodDays: setup?.periodDays ?? 0,
    defaultDampenerPercent: setup?.percent ?? "0",
  };
  return { data, scheduling: schedulingOf(setup, itemRows, skuRows) };
}

/** The refresh catalog's setup, items and SKUs, as scheduleLine reads them (BOM facts stay out: planning has its own). */
function schedulingOf(setup: SetupInfo | undefined, itemRows: ItemRow[], skuRows: SkuRow[]): PlanningScheduling {
  const items = new Map<string, ItemInfo>();
  for (const r of itemRows)
    items.set(r.no, {
      no: r.no,
      description: r.description,
      description2: "",
      baseUom: r.baseUom,
      replenishment: r.replenishmentSystem,
      policy: r.manufacturingPolicy,
      bomNo: r.bomNo,
      routingNo: r.routingNo,
      scrapPercent: r.scrapPercent,
      leadTimeDays: r.leadTimeDays,
      safetyLeadTimeDays: r.safetyLeadTimeDays,
      unitCost: "0",
      uoms: { [r.baseUom]: "1" },
    });
  const skus = new Map<string, SkuInfo>();
  for (const s of skuRows)
    skus.set(skuKey(s.itemNo, s.variantCode, s.locationCode), {
      itemNo: s.itemNo,
      variantCode: s.variantCode,
      locationCode: s.locationCode,
      routingNo: s.ownRoutingNo,
      leadTimeDays: s.ownLeadTimeDays,
      safetyLeadTimeDays: s.ownSafetyLeadTimeDays,
    });
  const { normalStartingTime = 480, normalEndingTime = 960, defaultSafetyLeadTimeDays = 0 } = setup ?? {};
  return { setup: { normalStartingTime, normalEndingTime, defaultSafetyLeadTimeDays }, items, skus };
}

function itemsOf(itemRows: ItemRow[], skuRows: SkuRow[], componentRows: ComponentRow[]): PlanningItem[] {
  const components = new Map<string, PlanningBomComponent[]>();
  for (const c of componentRows) {
    const list = components.get(c.parent) ?? [];
    list.push({ itemNo: c.itemNo, variantCode: "", quantityPer: c.quantityPer, fixedQuantity: c.fixedQuantity });
    components.set(c.parent, list);
  }
  const skus = new Map<string, PlanningItem["parameters"]["byKey"]>();
  for (const s of skuRows) {
    const list = skus.get(s.itemNo) ?? [];
    list.push({ variantCode: s.variantCode, locationCode: s.locationCode, parameters: parametersOf(s) });
    skus.set(s.itemNo, list);
  }
  return itemRows.map((r) => ({
    itemNo: r.no,
    description: r.description,
    replenishmentSystem: r.replenishmentSystem,
    manufacturingPolicy: r.manufacturingPolicy,
    scrapPercent: r.scrapPercent,
    components: components.get(r.no) ?? [],
    parameters: { default: parametersOf(r), byKey: skus.get(r.no) ?? [] },
  }));
}

/**
 * Every produced item's certified BOM as it applies on `date` (RF-3's version rule: the certified
 * version with the latest Starting Date on or before it, else the header's lines when the header
 * is certified; an uncertified BOM gives no components), phantom BOMs expanded, Quantity per in
 * the component's base unit per ONE base unit of the parent, the line's scrap included. One
 * statement: a recursive CTE walks the phantom lines (a phantom already on the path is not
 * walked again: a cycle is the engine's to report, never looped on here).
 */
async function loadComponents(tx: SqlTx, date: IsoDate): Promise<ComponentRow[]> {
  return tx.$queryRaw<ComponentRow[]>`
    WITH RECURSIVE applies AS (
      SELECT b.no AS bom_no, v.code AS version_code, coalesce(v.uom, b."unitOfMeasureCode") AS uom,
             (v.code IS NOT NULL OR b.status = 'CERTIFIED') AS usable
      FROM "ProductionBom" b
      LEFT JOIN LATERAL (
        SELECT pv."versionCode" AS code, pv."unitOfMeasureCode" AS uom FROM "ProductionBomVersion" pv
        WHERE pv."bomNo" = b.no AND pv.status = 'CERTIFIED' AND (pv."startingDate" IS NULL OR pv."startingDate" <= ${date}::date)
        ORDER BY pv."startingDate" DESC NULLS LAST, pv."versionCode" DESC LIMIT 1) v ON true
    ),
    lines AS (
      SELECT a.bom_no, a.uom, l."lineNo", l.type, l.no, l."calculationFormula" = 'FIXED_QUANTITY' AS fixed,
             CASE WHEN l.type = 'PRODUCTION_BOM' OR l."unitOfMeasureCode" IS NULL OR l."unitOfMeasureCode" = ci."baseUnitOfMeasure"
                  THEN l."quantityPer"
                  ELSE l."quantityPer"
                       * coalesce((SELECT u."qtyPerUnitOfMeasure" FROM "ItemUnitOfMeasure" u WHERE u."itemNo" = l.no AND u.code = l."unitOfMeasureCode"), 1)
                       / coalesce((SELECT u."qtyPerUnitOfMeasure" FROM "ItemUnitOfMeasure" u WHERE u."itemNo" = l.no AND u.code = ci."baseUnitOfMeasure"), 1)
             END * (1 + l."scrapPercent" / 100) AS qp
      FROM applies a
      JOIN "ProductionBomLine" l ON l."bomNo" = a.bom_no AND l."versionCode" IS NOT DISTINCT FROM a.version_code
      LEFT JOIN "Item" ci ON l.type = 'ITEM' AND ci.no = l.no
      WHERE a.usable AND (l."startingDate" IS NULL OR l."startingDate" <= ${date}::date)
        AND (l."endingDate" IS NULL OR l."endingDate" >= ${date}::date)
    ),
    walk AS (
      -- From the parent's base unit: Quantity per is per BOM unit, which may be a larger unit of the item.
      SELECT i.no AS parent, l.type, l.no, l.fixed,
             l.qp / CASE WHEN l.uom = i."baseUnitOfMeasure" THEN 1
                         ELSE coalesce((SELECT u."qtyPerUnitOfMeasure" FROM "ItemUnitOfMeasure" u WHERE u."itemNo" = i.no AND u.code = l.uom), 1) END AS qp,
             ARRAY[l.bom_no::text] AS path, ARRAY[l."lineNo"] AS sort
      FROM "Item" i JOIN lines l ON l.bom_no = i."productionBomNo"
      WHERE i."replenishmentSystem" = 'PROD_ORDER'
      UNION ALL
      SELECT w.parent, l.type, l.no, l.fixed, w.qp * l.qp, w.path || l.bom_no::text, w.sort || l."lineNo"
      FROM walk w JOIN lines l ON w.type = 'PRODUCTION_BOM' AND l.bom_no = w.no
      WHERE NOT (l.bom_no::text = ANY(w.path))
    )
    SELECT w.parent, w.no AS "itemNo", trim_scale(round(w.qp, 5))::text AS "quantityPer", w.fixed AS "fixedQuantity"
    FROM walk w WHERE w.type = 'ITEM'
    ORDER BY w.parent, w.sort`;
}
