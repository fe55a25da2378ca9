import { Prisma } from "@/lib/generated/prisma/client";
import { skuKey, type BomLineInfo, type ItemInfo, type RefreshCatalog, type SetupInfo } from "@/lib/domain/refresh/types";
import type { SqlTx } from "@/lib/services/sql-tx";
import { headerOf, type HeaderRow } from "./catalog-rows";
import { MASTER_DATA_TOKEN, setKey, tokenCache } from "./token-cache";

// Set-based loading, part 1 (style guide §6): ONE statement whatever the BOM size. A recursive
// CTE walks the BOM structure — phantom lines and make-to-order subassemblies with a BOM of their
// own, over all versions, because which version applies is only known once a line is scheduled.
// The walk returns the BOM lines themselves with their component's item facts (one index lookup
// per parent and one item probe per line; UNION drops a BOM's lines when a second parent reaches
// it), unit conversions look up ItemUnitOfMeasure only for lines not in the base unit, and the
// header/item/SKU lookups probe their primary keys (= ANY(ARRAY(…))) instead of hashing whole
// tables, so the cost follows the BOM's size, not the database's.
//
// Speed matters here (11,000 BOM lines): only the BOM's STRUCTURE comes back — phantom lines,
// produced components, and lines explodeBom must refuse. The purchased components, usually most
// of a BOM, never leave the database: insertComponents adds them to the order set-based, from the
// frames the explosion records (see write-components.ts). What does come back is one
// tab-separated text (3× cheaper for PostgreSQL to build than JSON), with Quantity per already
// converted to the component's base unit (exact numeric arithmetic, 15 decimals, as
// convertQuantityPer) and the component's base unit joined in. Full item rows are only loaded for
// the items that can become order lines (the sources and produced components). Descriptions
// never travel: the inserts join them from Item.

const N = "\\N"; // NULL marker; codes and dates never contain tabs, newlines or this marker
const nul = (v: string) => (v === N ? null : v);
const rowsOf = (text: string | null) => (text ? text.split("\n").map((r) => r.split("\t")) : []);

/**
 * A BOM line `l` (with its item `ci` left-joined) that insertComponents writes from the database:
 * a purchased item whose unit converts. Everything else (phantom lines, produced items, unknown
 * items or units) is structure the explosion needs or must refuse.
 */
const BOUGHT = Prisma.sql`(l.type = 'ITEM' AND ci.no IS NOT NULL AND ci."replenishmentSystem" <> 'PROD_ORDER'
  AND (l."unitOfMeasureCode" IS NULL OR l."unitOfMeasureCode" = ci."baseUnitOfMeasure"
       OR EXISTS (SELECT 1 FROM "ItemUnitOfMeasure" u WHERE u."itemNo" = l.no AND u.code = l."unitOfMeasureCode")))`;

/** The statement's text parts (see below). */
type Doc = { lines: string | null; items: string | null; boms: string | null; counts: string | null; skus: string | null };

/** What the statement below reads: the same for every order of the same items until master data changes. */
type Structure = Pick<RefreshCatalog, "items" | "boms" | "bomLines" | "skus">;

// Catalogs already read, by the items they were read for (token-cache.ts). Planners create order
// after order for the same items, and the structure read costs about a fifth of the database's
// work per created order. The refresh's first statement (the order row) reads the master-data
// token; while it matches an entry, the statement below is not sent at all.
const cache = tokenCache<Structure>(200);

/**
 * The BOM catalog for these items, and the master-data token it is valid under: `token` is the
 * one the caller's transaction has seen (null: unknown), so a catalog kept under it is used as it
 * is; otherwise the statement reads the structure and the token, in one snapshot.
 */
export async function loadBomCatalog(
  tx: SqlTx,
  itemNos: string[],
  setup: SetupInfo,
  token: string | null,
): Promise<{ catalog: RefreshCatalog; token: string | null }> {
  const key = setKey(itemNos);
  const cached = cache.get(key, token);
  if (cached) return { catalog: catalogOf(setup, cached), token };
  const [doc] = await tx.$queryRaw<(Doc & { token: string | null })[]>(Prisma.sql`
    WITH RECURSIVE x AS (
      SELECT l."bomNo", l."versionCode", l."lineNo", l.type, l.no, l."quantityPer", l."unitOfMeasureCode" AS uom, l."scrapPercent",
             l."routingLinkCode", l."startingDate", l."endingDate", l."calculationFormula", ci."baseUnitOfMeasure" AS base_uom,
             ci."replenishmentSystem" = 'PROD_ORDER' AS produced,
             CASE WHEN ci."replenishmentSystem" = 'PROD_ORDER' AND ci."manufacturingPolicy" = 'MAKE_TO_ORDER' THEN ci."productionBomNo" END AS sub_bom
      FROM "ProductionBomLine" l
      LEFT JOIN "Item" ci ON l.type = 'ITEM' AND ci.no = l.no
      WHERE l."bomNo" IN (SELECT i."productionBomNo" FROM "Item" i WHERE i.no = ANY(${itemNos}::text[])) AND NOT ${BOUGHT}
      UNION
      SELECT c."bomNo", c."versionCode", c."lineNo", c.type, c.no, c."quantityPer", c."unitOfMeasureCode", c."scrapPercent",
             c."routingLinkCode", c."startingDate", c."endingDate", c."calculationFormula", c."baseUnitOfMeasure",
             c."replenishmentSystem" = 'PROD_ORDER',
             CASE WHEN c."replenishmentSystem" = 'PROD_ORDER' AND c."manufacturingPolicy" = 'MAKE_TO_ORDER' THEN c."productionBomNo" END
      FROM x
      -- OFFSET 0 keeps this a per-parent index lookup (the planner cannot size the work table
      -- and would otherwise sort-merge every BOM line and item of the database on each level).
      CROSS JOIN LATERAL (SELECT l.*, ci."baseUnitOfMeasure", ci."replenishmentSystem", ci."manufacturingPolicy", ci."productionBomNo"
                          FROM "ProductionBomLine" l LEFT JOIN "Item" ci ON l.type = 'ITEM' AND ci.no = l.no
                          WHERE l."bomNo" = CASE WHEN x.type = 'PRODUCTION_BOM' THEN x.no ELSE x.sub_bom END AND NOT ${BOUGHT}
                          OFFSET 0) c
      WHERE x.type = 'PRODUCTION_BOM' OR x.sub_bom IS NOT NULL
    ),
    bom_nos AS (
      SELECT i."productionBomNo" AS no FROM "Item" i WHERE i.no = ANY(${itemNos}::text[])
      UNION SELECT CASE WHEN x.type = 'PRODUCTION_BOM' THEN x.no ELSE x.sub_bom END FROM x WHERE x.type = 'PRODUCTION_BOM' OR x.sub_bom IS NOT NULL),
    line_items AS (SELECT unnest(${itemNos}::text[]) AS no UNION SELECT x.no FROM x WHERE x.produced),
    -- Quantity per in the component's base unit; NULL when the unit is not set up for the item.
    xq AS (
      SELECT x.*, CASE WHEN x.type = 'PRODUCTION_BOM' OR x.uom IS NULL OR x.uom = x.base_uom THEN x."quantityPer"
                       ELSE round(x."quantityPer"
                              * (SELECT u."qtyPerUnitOfMeasure" FROM "ItemUnitOfMeasure" u WHERE u."itemNo" = x.no AND u.code = x.uom)
                              / coalesce((SELECT u."qtyPerUnitOfMeasure" FROM "ItemUnitOfMeasure" u WHERE u."itemNo" = x.no AND u.code = x.base_uom), 1),
                            15) END AS qp
      FROM x)
    SELECT ${MASTER_DATA_TOKEN} AS token,
      -- Purchased components stay in the database: insertComponents adds them set-based. Only
      -- the structure travels: phantom lines, produced components, and the lines explodeBom must
      -- refuse (unknown item or unit).
      (SELECT string_agg(concat_ws(E'\t', x."bomNo", coalesce(x."versionCode", ${N}), x."lineNo", x.type, x.no,
                coalesce(trim_scale(x.qp)::text, ${N}),
                coalesce(x.base_uom, ${N}), coalesce(x.uom, ${N}), trim_scale(x."scrapPercent"),
                x."routingLinkCode", coalesce(to_char(x."startingDate", 'YYYY-MM-DD'), ${N}),
                coalesce(to_char(x."endingDate", 'YYYY-MM-DD'), ${N}), x."calculationFormula"), E'\n')
       FROM xq x) AS lines,
      (SELECT string_agg(concat_ws(E'\t', i.no, i."baseUnitOfMeasure", i."replenishmentSystem", i."manufacturingPolicy",
                coalesce(i."productionBomNo", ${N}), coalesce(i."routingNo", ${N}), trim_scale(i."scrapPercent"), i."leadTimeDays",
                coalesce(i."safetyLeadTimeDays"::text, ${N}), trim_scale(i."unitCost"),
                (SELECT string_agg(u.code || '=' || trim_scale(u."qtyPerUnitOfMeasure"), ';') FROM "ItemUnitOfMeasure" u WHERE u."itemNo" = i.no)), E'\n')
       FROM "Item" i WHERE i.no = ANY(ARRAY(SELECT no FROM line_items))) AS items,
      (SELECT json_agg(json_build_array(b.no, b.status, b."unitOfMeasureCode",
                (SELECT coalesce(json_agg(json_build_array(v."versionCode", v."startingDate", v.status, v."unitOfMeasureCode")), '[]')
                 FROM "ProductionBomVersion" v WHERE v."bomNo" = b.no)))::text
       FROM "ProductionBom" b WHERE b.no = ANY(ARRAY(SELECT no FROM bom_nos))) AS boms,
      -- How many lines each BOM and version holds, purchased ones included (explodeBom's ceiling),
      -- for the BOMs one explosion may read more than once: the phantom BOMs, and the sources'
      -- own BOMs (sales lines of one item each explode it). A make-to-order subassembly's BOM is
      -- one line's, read once: counting every BOM cost the 11k benchmark a fifth more catalog time.
      (SELECT string_agg(concat_ws(E'\t', c."bomNo", coalesce(c."versionCode", ${N}), c.n), E'\n')
       FROM (SELECT l."bomNo", l."versionCode", count(*) AS n FROM "ProductionBomLine" l
             WHERE l."bomNo" = ANY(ARRAY(SELECT x.no FROM x WHERE x.type = 'PRODUCTION_BOM'
                                         UNION SELECT i."productionBomNo" FROM "Item" i WHERE i.no = ANY(${itemNos}::text[])))
             GROUP BY l."bomNo", l."versionCode") c) AS counts,
      (SELECT json_agg(json_build_array(s."itemNo", s."variantCode", s."locationCode", s."routingNo", s."leadTimeDays", s."safetyLeadTimeDays"))::text
       FROM "StockkeepingUnit" s WHERE s."itemNo" = ANY(ARRAY(SELECT no FROM line_items))) AS skus`);

  return { catalog: catalogOf(setup, cache.remember(key, doc.token, parseStructure(doc))), token: doc.token };
}

/** The maps are the catalog's own (the capacity loader adds to the others); what they hold is shared. */
function catalogOf(setup: SetupInfo, structure: Structure): RefreshCatalog {
  return {
    setup,
    items: new Map(structure.items),
    boms: new Map(structure.boms),
    bomLines: new Map(structure.bomLines),
    skus: new Map(structure.skus),
    routings: new Map(),
    routingLines: new Map(),
    capacities: new Map(),
    locations: new Map(),
  };
}

function parseStructure(doc: Doc): Structure {
  const catalog: Structure = { items: new Map(), boms: new Map(), bomLines: new Map(), skus: new Map() };
  for (const [no, baseUom, replenishment, policy, bomNo, routingNo, scrapPercent, lead, safety, unitCost, uoms] of rowsOf(doc.items)) {
    catalog.items.set(no, {
      no,
      description: "",
      description2: "",
      baseUom,
      replenishment: replenishment as ItemInfo["replenishment"],
      policy: policy as ItemInfo["policy"],
      bomNo: nul(bomNo),
      routingNo: nul(routingNo),
      scrapPercent,
      leadTimeDays: Number(lead),
      safetyLeadTimeDays: safety === N ? null : Number(safety),
      unitCost,
      uoms: Object.fromEntries(
        (uoms ?? "")
          .split(";")
          .filter(Boolean)
          .map((p) => p.split("=")),
      ),
    });
  }
  for (const [
    bomNo,
    versionCode,
    lineNo,
    type,
    no,
    quantityPer,
    baseUom,
    uom,
    scrapPercent,
    link,
    startingDate,
    endingDate,
    formula,
  ] of rowsOf(doc.lines)) {
    const converted = quantityPer !== N;
    const line: BomLineInfo = {
      bomNo,
      versionCode: nul(versionCode),
      lineNo: Number(lineNo),
      type: type as BomLineInfo["type"],
      no,
      quantityPer: converted ? quantityPer : "0",
      uom: converted ? null : uom,
      scrapPercent,
      routingLinkCode: link,
      startingDate: nul(startingDate),
      endingDate: nul(endingDate),
      formula: formula as BomLineInfo["formula"],
    };
    let list = catalog.bomLines.get(bomNo);
    if (!list) catalog.bomLines.set(bomNo, (list = []));
    list.push(line);
    // A purchased component on a line explodeBom refuses: it needs the item to name the error.
    if (type === "ITEM" && baseUom !== N && !catalog.items.has(no)) catalog.items.set(no, stubItem(no, baseUom));
  }
  for (const list of catalog.bomLines.values()) list.sort((a, b) => a.lineNo - b.lineNo);
  for (const row of JSON.parse(doc.boms ?? "[]") as HeaderRow[]) catalog.boms.set(row[0], headerOf(row));
  // Counted BOMs (see above) get a count for the header and every version, 0 when it has no lines.
  const counted = new Set<string>();
  for (const [bomNo, versionCode, n] of rowsOf(doc.counts)) {
    const header = catalog.boms.get(bomNo);
    if (!header) continue;
    if (!counted.has(bomNo)) {
      counted.add(bomNo);
      header.lineCount = 0;
      for (const v of header.versions) v.lineCount = 0;
    }
    if (versionCode === N) header.lineCount = Number(n);
    else {
      const version = header.versions.find((v) => v.code === versionCode);
      if (version) version.lineCount = Number(n);
    }
  }
  type SkuRow = [string, string, string, string | null, number | null, number | null];
  for (const [itemNo, variantCode, locationCode, routingNo, leadTimeDays, safetyLeadTimeDays] of JSON.parse(doc.skus ?? "[]") as SkuRow[]) {
    catalog.skus.set(skuKey(itemNo, variantCode, locationCode), {
      itemNo,
      variantCode,
      locationCode,
      routingNo,
      leadTimeDays,
      safetyLeadTimeDays,
    });
  }
  return catalog;
}

function stubItem(no: string, baseUom: string): ItemInfo {
  return {
    no,
    description: "",
    description2: "",
    baseUom,
    replenishment: "PURCHASE",
    policy: "MAKE_TO_STOCK",
    bomNo: null,
    routingNo: null,
    scrapPercent: "0",
    leadTimeDays: 0,
    safetyLeadTimeDays: null,
    unitCost: "0",
    uoms: { [baseUom]: "1" },
  };
}
