import { Prisma } from "@/lib/generated/prisma/client";
import { skuKey, type BomLineInfo, type ItemInfo, type RefreshCatalog, type SetupInfo } from "@/lib/domain/refresh/types";
import type { Tx } from "@/lib/services/tx";
import { headerOf, type HeaderRow } from "./catalog-rows";

// Set-based loading, part 1 (style guide §6): ONE statement whatever the BOM size. A recursive
// CTE walks the BOM structure — phantom lines and make-to-order subassemblies with a BOM of their
// own, over all versions, because which version applies is only known once a line is scheduled.
//
// Speed matters here (11,000 BOM lines): the lines come back as one tab-separated text (3× cheaper
// for PostgreSQL to build than JSON), with Quantity per already converted to the component's base
// unit (exact numeric arithmetic, 15 decimals, as convertQuantityPer) and the component's base
// unit joined in. Full item rows are only loaded for the items that can become order lines (the
// sources and produced components); purchased components get a stub with their base unit.
// Descriptions never travel: the inserts join them from Item.

const N = "\\N"; // NULL marker; codes and dates never contain tabs, newlines or this marker
const nul = (v: string) => (v === N ? null : v);
const rowsOf = (text: string | null) => (text ? text.split("\n").map((r) => r.split("\t")) : []);

export async function loadBomCatalog(tx: Tx, itemNos: string[], setup: SetupInfo): Promise<RefreshCatalog> {
  const [doc] = await tx.$queryRaw<{ lines: string | null; items: string | null; boms: string | null; skus: string | null }[]>(Prisma.sql`
    WITH RECURSIVE boms(no) AS (
      SELECT i."productionBomNo" FROM "Item" i WHERE i.no = ANY(${itemNos}::text[]) AND i."productionBomNo" IS NOT NULL
      UNION
      SELECT CASE WHEN l.type = 'PRODUCTION_BOM' THEN l.no ELSE ci."productionBomNo" END
      FROM boms b
      JOIN "ProductionBomLine" l ON l."bomNo" = b.no
      LEFT JOIN "Item" ci ON l.type = 'ITEM' AND ci.no = l.no AND ci."replenishmentSystem" = 'PROD_ORDER'
                         AND ci."manufacturingPolicy" = 'MAKE_TO_ORDER'
      WHERE l.type = 'PRODUCTION_BOM' OR ci."productionBomNo" IS NOT NULL
    ),
    lines AS MATERIALIZED (SELECT l.* FROM "ProductionBomLine" l WHERE l."bomNo" IN (SELECT no FROM boms)),
    line_items AS MATERIALIZED (
      SELECT i.no FROM "Item" i WHERE i.no = ANY(${itemNos}::text[])
      UNION SELECT i.no FROM "Item" i JOIN lines l ON l.type = 'ITEM' AND l.no = i.no WHERE i."replenishmentSystem" = 'PROD_ORDER')
    SELECT
      (SELECT string_agg(concat_ws(E'\t', l."bomNo", coalesce(l."versionCode", ${N}), l."lineNo", l.type, l.no,
                CASE WHEN l.type = 'PRODUCTION_BOM' OR l."unitOfMeasureCode" IS NULL OR l."unitOfMeasureCode" = ci."baseUnitOfMeasure"
                       THEN trim_scale(l."quantityPer")::text
                     WHEN u."qtyPerUnitOfMeasure" IS NULL THEN ${N}
                     ELSE trim_scale(round(l."quantityPer" * u."qtyPerUnitOfMeasure" / coalesce(bu."qtyPerUnitOfMeasure", 1), 15))::text END,
                coalesce(ci."baseUnitOfMeasure", ${N}), coalesce(l."unitOfMeasureCode", ${N}), trim_scale(l."scrapPercent"),
                l."routingLinkCode", coalesce(to_char(l."startingDate", 'YYYY-MM-DD'), ${N}),
                coalesce(to_char(l."endingDate", 'YYYY-MM-DD'), ${N}), l."calculationFormula"), E'\n')
       FROM lines l
       LEFT JOIN "Item" ci ON l.type = 'ITEM' AND ci.no = l.no
       LEFT JOIN "ItemUnitOfMeasure" u ON l."unitOfMeasureCode" <> ci."baseUnitOfMeasure" AND u."itemNo" = l.no AND u.code = l."unitOfMeasureCode"
       LEFT JOIN "ItemUnitOfMeasure" bu ON l."unitOfMeasureCode" <> ci."baseUnitOfMeasure" AND bu."itemNo" = l.no AND bu.code = ci."baseUnitOfMeasure"
      ) AS lines,
      (SELECT string_agg(concat_ws(E'\t', i.no, i."baseUnitOfMeasure", i."replenishmentSystem", i."manufacturingPolicy",
                coalesce(i."productionBomNo", ${N}), coalesce(i."routingNo", ${N}), trim_scale(i."scrapPercent"), i."leadTimeDays",
                coalesce(i."safetyLeadTimeDays"::text, ${N}), trim_scale(i."unitCost"),
                (SELECT string_agg(u.code || '=' || trim_scale(u."qtyPerUnitOfMeasure"), ';') FROM "ItemUnitOfMeasure" u WHERE u."itemNo" = i.no)), E'\n')
       FROM "Item" i WHERE i.no IN (SELECT no FROM line_items)) AS items,
      (SELECT json_agg(json_build_array(b.no, b.status, b."unitOfMeasureCode",
                (SELECT coalesce(json_agg(json_build_array(v."versionCode", v."startingDate", v.status, v."unitOfMeasureCode")), '[]')
                 FROM "ProductionBomVersion" v WHERE v."bomNo" = b.no)))::text
       FROM "ProductionBom" b WHERE b.no IN (SELECT no FROM boms)) AS boms,
      (SELECT json_agg(json_build_array(s."itemNo", s."variantCode", s."locationCode", s."routingNo", s."leadTimeDays", s."safetyLeadTimeDays"))::text
       FROM "StockkeepingUnit" s WHERE s."itemNo" IN (SELECT no FROM line_items)) AS skus`);

  const catalog: RefreshCatalog = {
    setup, items: new Map(), boms: new Map(), bomLines: new Map(), routings: new Map(), routingLines: new Map(),
    capacities: new Map(), locations: new Map(), skus: new Map(),
  };
  for (const [no, baseUom, replenishment, policy, bomNo, routingNo, scrapPercent, lead, safety, unitCost, uoms] of rowsOf(doc.items)) {
    catalog.items.set(no, {
      no, description: "", description2: "", baseUom, replenishment: replenishment as ItemInfo["replenishment"],
      policy: policy as ItemInfo["policy"], bomNo: nul(bomNo), routingNo: nul(routingNo), scrapPercent,
      leadTimeDays: Number(lead), safetyLeadTimeDays: safety === N ? null : Number(safety), unitCost,
      uoms: Object.fromEntries((uoms ?? "").split(";").filter(Boolean).map((p) => p.split("="))),
    });
  }
  for (const [bomNo, versionCode, lineNo, type, no, quantityPer, baseUom, uom, scrapPercent, link, startingDate, endingDate, formula] of rowsOf(doc.lines)) {
    const converted = quantityPer !== N;
    const line: BomLineInfo = {
      bomNo, versionCode: nul(versionCode), lineNo: Number(lineNo), type: type as BomLineInfo["type"], no,
      quantityPer: converted ? quantityPer : "0", uom: converted ? null : uom, scrapPercent, routingLinkCode: link,
      startingDate: nul(startingDate), endingDate: nul(endingDate), formula: formula as BomLineInfo["formula"],
    };
    let list = catalog.bomLines.get(bomNo);
    if (!list) catalog.bomLines.set(bomNo, (list = []));
    list.push(line);
    // A purchased component: only its base unit matters (Quantity per is converted already).
    if (type === "ITEM" && baseUom !== N && !catalog.items.has(no)) catalog.items.set(no, stubItem(no, baseUom));
  }
  for (const list of catalog.bomLines.values()) list.sort((a, b) => a.lineNo - b.lineNo);
  for (const row of (JSON.parse(doc.boms ?? "[]") as HeaderRow[])) catalog.boms.set(row[0], headerOf(row));
  type SkuRow = [string, string, string, string | null, number | null, number | null];
  for (const [itemNo, variantCode, locationCode, routingNo, leadTimeDays, safetyLeadTimeDays] of JSON.parse(doc.skus ?? "[]") as SkuRow[]) {
    catalog.skus.set(skuKey(itemNo, variantCode, locationCode), { itemNo, variantCode, locationCode, routingNo, leadTimeDays, safetyLeadTimeDays });
  }
  return catalog;
}

function stubItem(no: string, baseUom: string): ItemInfo {
  return {
    no, description: "", description2: "", baseUom, replenishment: "PURCHASE", policy: "MAKE_TO_STOCK", bomNo: null,
    routingNo: null, scrapPercent: "0", leadTimeDays: 0, safetyLeadTimeDays: null, unitCost: "0", uoms: { [baseUom]: "1" },
  };
}
