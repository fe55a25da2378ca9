import { Prisma } from "@/lib/generated/prisma/client";
import type { PlannedLine } from "@/lib/domain/refresh/plan-types";
import { DomainError } from "@/lib/errors";
import { pgFailure } from "@/lib/services/db-errors";
import type { SqlTx } from "@/lib/services/sql-tx";
import { lineIdOf, ts } from "./write-plan";
import { msg } from "@/lib/i18n/domain-message";

// The component insert is the biggest write of a refresh (11,000 rows for a large BOM). Most of
// those rows are purchased components, and they never travel: the BOM catalog leaves them in
// the database (load-bom-catalog.ts) and this ONE statement reads them straight from
// ProductionBomLine, set-based, for every BOM the explosion read (its frames: the line's own
// BOM and the phantom BOMs in it, with their version, multiplier, scrap, routing link and
// depth-first position; a phantom BOM reached by many paths in the same scrap and routing link is
// ONE frame whose multiplier sums those paths, so the rows read follow the distinct BOMs, never
// the paths). It does for them exactly what explodeBom does in memory (RF-3):
// - the BOM version the explosion chose, lines valid on the line's Starting Date;
// - Quantity per converted to the component's base unit (round to 15 decimals, as
//   convertQuantityPer) and multiplied by the frame's factor (round to 15, as mulQty);
// - scrap compounded with the phantom's: p + c + p·c/100 (compoundScrap);
// - the line's own Routing Link Code, else the phantom's;
// - duplicates (same item, routing link, formula and scrap) summed, keeping the position of the
//   first; components numbered 10000, 20000, … in depth-first order, as explodeBom lists them.
// The components the explosion computed itself (produced items, which may become order lines
// and carry Supplied-by Line No.) come in as typed arrays, one per column (as the frames), and are merged and
// numbered together with the rest.
//
// Due Date-Time: the start of the first routing line with the component's Routing Link Code,
// else the line's Starting Date-Time. Expected Quantity is computed with the formula of
// lib/domain/bom/expected-quantity.ts: Quantity per × line quantity × (1 + line Scrap % / 100)
// × (1 + component Scrap % / 100), or Quantity per × (1 + component Scrap % / 100) for a Fixed
// Quantity. PostgreSQL numeric arithmetic is exact and the numeric(38,15) column rounds half
// away from zero, exactly as roundDecimal does (integration tests compare the two).

const pgIntArray = (path: number[]) => `{${path.join(",")}}`;

type Columns<K extends string> = Record<K, unknown[]>;
const columns = <K extends string>(...keys: K[]) => Object.fromEntries(keys.map((k) => [k, []])) as unknown as Columns<K>;

/** The order line's facts, cast as ProdOrderLine stores them (quantity and scrap numeric(18,5)). */
const LINE_FACTS = Prisma.sql`t.qty::numeric(18,5) AS qty, t.lscrap::numeric(18,5) AS lscrap, t.loc, t.start::timestamp(3) AS start, t.links::jsonb AS links`;

/**
 * `token`: the master-data token the refresh's catalogs were read under. The statement reads the
 * purchased lines as its own snapshot shows them, so it first checks that the token is still that
 * one (po_master_data_is, migration master_data_state_capacity): otherwise the transaction fails
 * as a serialization failure and the service runs it again, instead of mixing two BOM states.
 */
export async function insertComponents(
  tx: SqlTx,
  orderId: number,
  lines: PlannedLine[],
  ids: Map<number, number>,
  token: string | null,
): Promise<number> {
  // Every frame and computed row carries its order line's facts (quantity, scrap, location,
  // Starting Date-Time and the starts of its routing links): the statement never joins
  // ProdOrderLine, whose row estimate for a just-written order is stale and once turned the final
  // join into a 6-million-row nested loop (480 ms) as soon as the tables had statistics.
  const f = columns("parent", "bom", "version", "date", "factor", "scrap", "link", "path", "qty", "lscrap", "loc", "start", "links");
  const c = columns("parent", "item", "qp", "scrap", "formula", "link", "path", "suppliedBy", "qty", "lscrap", "loc", "start", "links");
  for (const l of lines) {
    if (!l.bomFrames?.length) continue;
    const id = lineIdOf(ids, l.lineNo);
    const start = ts(l.startingDateTime);
    const date = start.slice(0, 10);
    const links = l.linkStarts?.size ? JSON.stringify(Object.fromEntries([...l.linkStarts].map(([k, d]) => [k, ts(d)]))) : null;
    const line = (x: Columns<"parent" | "qty" | "lscrap" | "loc" | "start" | "links">) => {
      x.parent.push(id);
      x.qty.push(l.quantity);
      x.lscrap.push(l.scrapPercent);
      x.loc.push(l.locationCode);
      x.start.push(start);
      x.links.push(links);
    };
    for (const fr of l.bomFrames) {
      line(f);
      f.bom.push(fr.bomNo);
      f.version.push(fr.versionCode);
      f.date.push(date);
      f.factor.push(fr.factor);
      f.scrap.push(fr.scrap);
      f.link.push(fr.link);
      f.path.push(pgIntArray(fr.path));
    }
    for (const x of l.components ?? []) {
      line(c);
      c.item.push(x.itemNo);
      c.qp.push(x.quantityPer);
      c.scrap.push(x.scrapPercent);
      c.formula.push(x.formula);
      c.link.push(x.routingLinkCode);
      c.path.push(pgIntArray(x.path));
      c.suppliedBy.push(x.suppliedByLineNo);
    }
  }
  if (f.parent.length === 0) return 0;
  try {
    return await insert(tx, orderId, f, c, token);
  } catch (e) {
    // numeric(38,15): a purchased line's Quantity per times its phantom multiplier (or times the
    // line quantity) too large to store. explodeBom refuses the components it computes itself;
    // the purchased ones are only multiplied here. The transaction is lost either way.
    if (pgFailure(e)?.code !== "22003") throw e;
    throw new DomainError("COMPONENT_QUANTITY_TOO_LARGE", msg("componentQuantityTooLarge"), "quantityPer");
  }
}

type FrameColumns = Columns<
  "parent" | "bom" | "version" | "date" | "factor" | "scrap" | "link" | "path" | "qty" | "lscrap" | "loc" | "start" | "links"
>;
type ComputedColumns = Columns<
  "parent" | "item" | "qp" | "scrap" | "formula" | "link" | "path" | "suppliedBy" | "qty" | "lscrap" | "loc" | "start" | "links"
>;

function insert(tx: SqlTx, orderId: number, f: FrameColumns, c: ComputedColumns, token: string | null): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "ProdOrderComponent" ("orderId", "orderLineId", "lineNo", "itemNo", description, "unitOfMeasureCode",
      "quantityPer", "scrapPercent", "calculationFormula", "expectedQuantity", "remainingQuantity", "routingLinkCode",
      "locationCode", "dueDate", "dueDateTime", "suppliedByLineNo")
    WITH f AS (
      SELECT t.parent::int AS parent, t.bom, t.version, t.date::date AS date, t.factor::numeric AS factor,
             t.scrap::numeric AS scrap, t.link, t.path::int[] AS path, ${LINE_FACTS}
      -- Rows travel as typed arrays: unnest tells the planner how many there are (JSON functions
      -- always count as 100 rows), so it can choose index lookups for a few and a hash for many.
      FROM unnest(${f.parent}::int[], ${f.bom}::text[], ${f.version}::text[], ${f.date}::text[], ${f.factor}::text[],
                  ${f.scrap}::text[], ${f.link}::text[], ${f.path}::text[], ${f.qty}::text[], ${f.lscrap}::text[],
                  ${f.loc}::text[], ${f.start}::text[], ${f.links}::text[])
           AS t(parent, bom, version, date, factor, scrap, link, path, qty, lscrap, loc, start, links)
      -- A one-time filter: checked once, before any row is read.
      WHERE po_master_data_is(${token}::text)
    ),
    -- The purchased components, as explodeBom would list them (see above).
    bought AS (
      SELECT f.parent, l.no AS item_no, round(f.factor * l.qp, 15) AS qp,
             f.scrap + l."scrapPercent" + round(f.scrap * l."scrapPercent" * 0.01, 15) AS scrap, l."calculationFormula" AS formula,
             CASE WHEN l."routingLinkCode" <> '' THEN l."routingLinkCode" ELSE f.link END AS link,
             f.path || l."lineNo" AS path, NULL::int AS supplied_by, l.description, l."baseUnitOfMeasure" AS uom,
             f.qty, f.lscrap, f.loc, f.start, f.links
      -- Each frame looks up its own BOM's lines and their items by key (LATERAL, OFFSET 0): the
      -- plan is prepared once per connection (sql-tx.ts) and must not depend on statistics. Left
      -- to join freely on a young database, it scanned every BOM line and re-read the frames for each.
      FROM f
      CROSS JOIN LATERAL (
        -- Quantity per in the component's base unit, computed once per line inside this subquery
        -- (OFFSET 0 keeps it from being inlined into the SELECT list and the WHERE alike).
        SELECT l.no, l."lineNo", l."scrapPercent", l."calculationFormula", l."routingLinkCode", i.description, i."baseUnitOfMeasure",
               CASE WHEN l."unitOfMeasureCode" IS NULL OR l."unitOfMeasureCode" = i."baseUnitOfMeasure" THEN l."quantityPer"
                    ELSE round(l."quantityPer"
                           * (SELECT u."qtyPerUnitOfMeasure" FROM "ItemUnitOfMeasure" u WHERE u."itemNo" = l.no AND u.code = l."unitOfMeasureCode")
                           / coalesce((SELECT u."qtyPerUnitOfMeasure" FROM "ItemUnitOfMeasure" u WHERE u."itemNo" = l.no AND u.code = i."baseUnitOfMeasure"), 1),
                         15) END AS qp
        FROM "ProductionBomLine" l
        CROSS JOIN LATERAL (
          SELECT i.description, i."baseUnitOfMeasure" FROM "Item" i WHERE i.no = l.no AND i."replenishmentSystem" <> 'PROD_ORDER' OFFSET 0) i
        WHERE l."bomNo" = f.bom AND l."versionCode" IS NOT DISTINCT FROM f.version AND l.type = 'ITEM'
          AND (l."startingDate" IS NULL OR l."startingDate" <= f.date) AND (l."endingDate" IS NULL OR l."endingDate" >= f.date)
        OFFSET 0) l
      WHERE l.qp IS NOT NULL
    ),
    computed AS (
      SELECT t.parent::int AS parent, t.item AS item_no, t.qp::numeric AS qp, t.scrap::numeric AS scrap,
             t.formula::"CalculationFormula" AS formula, t.link, t.path::int[] AS path, t.supplied_by::int AS supplied_by,
             i.description, i."baseUnitOfMeasure" AS uom, ${LINE_FACTS}
      FROM unnest(${c.parent}::int[], ${c.item}::text[], ${c.qp}::text[], ${c.scrap}::text[], ${c.formula}::text[],
                  ${c.link}::text[], ${c.path}::text[], ${c.suppliedBy}::int[], ${c.qty}::text[], ${c.lscrap}::text[],
                  ${c.loc}::text[], ${c.start}::text[], ${c.links}::text[])
           AS t(parent, item, qp, scrap, formula, link, path, supplied_by, qty, lscrap, loc, start, links)
      CROSS JOIN LATERAL (SELECT i.description, i."baseUnitOfMeasure" FROM "Item" i WHERE i.no = t.item OFFSET 0) i
    ),
    merged AS (
      -- A line's facts are the same on all its rows: min() just carries them through the grouping.
      SELECT parent, item_no, formula, link, scrap, sum(qp) AS qp, min(path) AS path, min(supplied_by) AS supplied_by,
             min(description) AS description, min(uom) AS uom, min(qty) AS qty, min(lscrap) AS lscrap, min(loc) AS loc,
             min(start) AS start, min(links::text)::jsonb AS links
      FROM (SELECT * FROM bought UNION ALL SELECT * FROM computed) a
      GROUP BY parent, item_no, formula, link, scrap
    )
    SELECT ${orderId}, m.parent, (row_number() OVER (PARTITION BY m.parent ORDER BY m.path) * 10000)::int, m.item_no, m.description,
           m.uom, m.qp, m.scrap, m.formula, e.qty, e.qty, m.link, m.loc, d.due_at::date, d.due_at, m.supplied_by
    FROM merged m
    CROSS JOIN LATERAL (SELECT coalesce(CASE WHEN m.link <> '' THEN (m.links ->> m.link)::timestamp END, m.start) AS due_at) d
    CROSS JOIN LATERAL (SELECT CASE WHEN m.formula = 'FIXED_QUANTITY' THEN m.qp * (1 + m.scrap / 100)
                                    ELSE m.qp * m.qty * (1 + m.lscrap / 100) * (1 + m.scrap / 100) END AS qty) e`;
}
