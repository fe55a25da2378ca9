import type { PlannedLine } from "@/lib/domain/refresh/plan-types";
import type { Tx } from "@/lib/services/tx";
import { lineIdOf } from "./write-plan";

// The component insert is the biggest write of a refresh (11,000 rows for a large BOM). Most of
// those rows are purchased components, and they never travel: the BOM catalog leaves them in
// the database (load-bom-catalog.ts) and this ONE statement reads them straight from
// ProductionBomLine, set-based, for every BOM the explosion read (its frames: the line's own
// BOM and the phantom BOMs in it, with their version, multiplier, scrap, routing link and
// depth-first position). It does for them exactly what explodeBom does in memory (RF-3):
// - the BOM version the explosion chose, lines valid on the line's Starting Date;
// - Quantity per converted to the component's base unit (round to 15 decimals, as
//   convertQuantityPer) and multiplied by the frame's factor (round to 15, as mulQty);
// - scrap compounded with the phantom's: p + c + p·c/100 (compoundScrap);
// - the line's own Routing Link Code, else the phantom's;
// - duplicates (same item, routing link, formula and scrap) summed, keeping the position of the
//   first; components numbered 10000, 20000, … in depth-first order, as explodeBom lists them.
// The components the explosion computed itself (produced items, which may become order lines
// and carry Supplied-by Line No.) come in as JSON arrays, one per column, and are merged and
// numbered together with the rest.
//
// Due Date-Time: the start of the first routing line with the component's Routing Link Code,
// else the line's Starting Date-Time. Expected Quantity is computed with the formula of
// lib/domain/bom/expected-quantity.ts: Quantity per × line quantity × (1 + line Scrap % / 100)
// × (1 + component Scrap % / 100), or Quantity per × (1 + component Scrap % / 100) for a Fixed
// Quantity. PostgreSQL numeric arithmetic is exact and the numeric(38,15) column rounds half
// away from zero, exactly as roundDecimal does (integration tests compare the two).

const ts = (d: Date) => d.toISOString().slice(0, 23);
const pgIntArray = (path: number[]) => `{${path.join(",")}}`;

type Columns<K extends string> = Record<K, unknown[]>;
const columns = <K extends string>(...keys: K[]) => Object.fromEntries(keys.map((k) => [k, []])) as unknown as Columns<K>;

export async function insertComponents(tx: Tx, orderId: number, lines: PlannedLine[], ids: Map<number, number>): Promise<number> {
  const f = columns("parent", "bom", "version", "date", "factor", "scrap", "link", "path");
  const c = columns("parent", "item", "qp", "scrap", "formula", "link", "path", "suppliedBy");
  const k = columns("parent", "link", "starts");
  for (const l of lines) {
    if (!l.bomFrames?.length) continue;
    const id = lineIdOf(ids, l.lineNo);
    const date = ts(l.startingDateTime).slice(0, 10);
    for (const fr of l.bomFrames) {
      f.parent.push(id); f.bom.push(fr.bomNo); f.version.push(fr.versionCode); f.date.push(date);
      f.factor.push(fr.factor); f.scrap.push(fr.scrap); f.link.push(fr.link); f.path.push(pgIntArray(fr.path));
    }
    for (const x of l.components ?? []) {
      c.parent.push(id); c.item.push(x.itemNo); c.qp.push(x.quantityPer); c.scrap.push(x.scrapPercent); c.formula.push(x.formula);
      c.link.push(x.routingLinkCode); c.path.push(pgIntArray(x.path)); c.suppliedBy.push(x.suppliedByLineNo);
    }
    for (const [link, starts] of l.linkStarts ?? []) {
      k.parent.push(id); k.link.push(link); k.starts.push(ts(starts));
    }
  }
  if (f.parent.length === 0) return 0;
  const j = (values: unknown[]) => JSON.stringify(values);
  return tx.$executeRaw`
    INSERT INTO "ProdOrderComponent" ("orderId", "orderLineId", "lineNo", "itemNo", description, "unitOfMeasureCode",
      "quantityPer", "scrapPercent", "calculationFormula", "expectedQuantity", "remainingQuantity", "routingLinkCode",
      "locationCode", "dueDate", "dueDateTime", "suppliedByLineNo")
    WITH f AS (
      SELECT t.parent::int AS parent, t.bom, t.version, t.date::date AS date, t.factor::numeric AS factor,
             t.scrap::numeric AS scrap, t.link, t.path::int[] AS path
      FROM ROWS FROM (json_array_elements_text(${j(f.parent)}::json), json_array_elements_text(${j(f.bom)}::json),
                      json_array_elements_text(${j(f.version)}::json), json_array_elements_text(${j(f.date)}::json),
                      json_array_elements_text(${j(f.factor)}::json), json_array_elements_text(${j(f.scrap)}::json),
                      json_array_elements_text(${j(f.link)}::json), json_array_elements_text(${j(f.path)}::json))
           AS t(parent, bom, version, date, factor, scrap, link, path)
    ),
    -- The purchased components, as explodeBom would list them (see above).
    bought AS (
      SELECT f.parent, l.no AS item_no, round(f.factor * q.qp, 15) AS qp,
             f.scrap + l."scrapPercent" + round(f.scrap * l."scrapPercent" * 0.01, 15) AS scrap, l."calculationFormula" AS formula,
             CASE WHEN l."routingLinkCode" <> '' THEN l."routingLinkCode" ELSE f.link END AS link,
             f.path || l."lineNo" AS path, NULL::int AS supplied_by, i.description, i."baseUnitOfMeasure" AS uom
      FROM f
      JOIN "ProductionBomLine" l ON l."bomNo" = f.bom AND (l."versionCode" = f.version OR (l."versionCode" IS NULL AND f.version IS NULL))
       AND l.type = 'ITEM' AND (l."startingDate" IS NULL OR l."startingDate" <= f.date) AND (l."endingDate" IS NULL OR l."endingDate" >= f.date)
      JOIN "Item" i ON i.no = l.no AND i."replenishmentSystem" <> 'PROD_ORDER'
      CROSS JOIN LATERAL (
        SELECT CASE WHEN l."unitOfMeasureCode" IS NULL OR l."unitOfMeasureCode" = i."baseUnitOfMeasure" THEN l."quantityPer"
                    ELSE round(l."quantityPer"
                           * (SELECT u."qtyPerUnitOfMeasure" FROM "ItemUnitOfMeasure" u WHERE u."itemNo" = l.no AND u.code = l."unitOfMeasureCode")
                           / coalesce((SELECT u."qtyPerUnitOfMeasure" FROM "ItemUnitOfMeasure" u WHERE u."itemNo" = l.no AND u.code = i."baseUnitOfMeasure"), 1),
                         15) END AS qp) q
      WHERE q.qp IS NOT NULL
    ),
    computed AS (
      SELECT t.parent::int AS parent, t.item AS item_no, t.qp::numeric AS qp, t.scrap::numeric AS scrap,
             t.formula::"CalculationFormula" AS formula, t.link, t.path::int[] AS path, t.supplied_by::int AS supplied_by,
             i.description, i."baseUnitOfMeasure" AS uom
      FROM ROWS FROM (json_array_elements_text(${j(c.parent)}::json), json_array_elements_text(${j(c.item)}::json),
                      json_array_elements_text(${j(c.qp)}::json), json_array_elements_text(${j(c.scrap)}::json),
                      json_array_elements_text(${j(c.formula)}::json), json_array_elements_text(${j(c.link)}::json),
                      json_array_elements_text(${j(c.path)}::json), json_array_elements_text(${j(c.suppliedBy)}::json))
           AS t(parent, item, qp, scrap, formula, link, path, supplied_by)
      JOIN "Item" i ON i.no = t.item
    ),
    merged AS (
      SELECT parent, item_no, formula, link, scrap, sum(qp) AS qp, min(path) AS path, min(supplied_by) AS supplied_by,
             min(description) AS description, min(uom) AS uom
      FROM (SELECT * FROM bought UNION ALL SELECT * FROM computed) a
      GROUP BY parent, item_no, formula, link, scrap
    ),
    link_starts AS (
      SELECT t.parent::int AS parent, t.link, t.starts::timestamp AS starts
      FROM ROWS FROM (json_array_elements_text(${j(k.parent)}::json), json_array_elements_text(${j(k.link)}::json),
                      json_array_elements_text(${j(k.starts)}::json)) AS t(parent, link, starts)
    )
    SELECT ${orderId}, l.id, (row_number() OVER (PARTITION BY m.parent ORDER BY m.path) * 10000)::int, m.item_no, m.description,
           m.uom, m.qp, m.scrap, m.formula, e.qty, e.qty, m.link, l."locationCode", d.due_at::date, d.due_at, m.supplied_by
    FROM merged m
    JOIN "ProdOrderLine" l ON l.id = m.parent AND l."orderId" = ${orderId}
    LEFT JOIN link_starts s ON s.parent = m.parent AND s.link = m.link AND m.link <> ''
    CROSS JOIN LATERAL (SELECT coalesce(s.starts, l."startingDateTime") AS due_at) d
    CROSS JOIN LATERAL (SELECT CASE WHEN m.formula = 'FIXED_QUANTITY' THEN m.qp * (1 + m.scrap / 100)
                                    ELSE m.qp * l.quantity * (1 + l."scrapPercent" / 100) * (1 + m.scrap / 100) END AS qty) e`;
}
