import type { PlannedLine } from "@/lib/domain/refresh/plan-types";
import type { Tx } from "@/lib/services/tx";
import { lineIdOf } from "./write-plan";

// The component insert is the biggest write of a refresh (11,000 rows for a large BOM), so it
// sends as little as possible, in the cheapest form:
// - one JSON array per column (`ROWS FROM (json_array_elements_text(…), …)` zips them back into
//   rows). A few big strings cost the driver nothing, where 11,000-element array parameters cost
//   Prisma and pg a conversion and an escape per element; JSON also needs no escaping rules of
//   our own for codes.
// - nothing the database already has: Description and Unit of Measure (the component's base
//   unit, RF-3) come from Item; the line's Quantity, Scrap %, Location Code and Starting
//   Date-Time from the order line just written (joined by id); a component's Due Date-Time is
//   only sent when a routing link makes it differ from the line's start. Variant Code and Qty.
//   per Unit of Measure keep their column defaults ('' and 1).
//
// Expected Quantity is computed here, set-based, with the formula of
// lib/domain/bom/expected-quantity.ts: Quantity per × line quantity × (1 + line Scrap % / 100)
// × (1 + component Scrap % / 100), or Quantity per × (1 + component Scrap % / 100) for a Fixed
// Quantity. PostgreSQL numeric arithmetic is exact and the numeric(38,15) column rounds half
// away from zero, exactly as roundDecimal does (an integration test compares the two).

const ts = (d: Date) => d.toISOString().slice(0, 23);

export async function insertComponents(tx: Tx, orderId: number, lines: PlannedLine[], ids: Map<number, number>): Promise<number> {
  const parent: number[] = [], lineNo: number[] = [], itemNo: string[] = [], qtyPer: string[] = [], scrap: string[] = [];
  const formula: string[] = [], link: string[] = [], dueAt: (string | null)[] = [], suppliedBy: (number | null)[] = [];
  for (const l of lines) {
    if (!l.components?.length) continue;
    const id = lineIdOf(ids, l.lineNo);
    const start = l.startingDateTime.getTime();
    for (const c of l.components) {
      parent.push(id);
      lineNo.push(c.lineNo);
      itemNo.push(c.itemNo);
      qtyPer.push(c.quantityPer);
      scrap.push(c.scrapPercent);
      formula.push(c.formula);
      link.push(c.routingLinkCode);
      dueAt.push(c.dueDateTime.getTime() === start ? null : ts(c.dueDateTime));
      suppliedBy.push(c.suppliedByLineNo);
    }
  }
  if (parent.length === 0) return 0;
  const j = JSON.stringify;
  await tx.$executeRaw`
    INSERT INTO "ProdOrderComponent" ("orderId", "orderLineId", "lineNo", "itemNo", description, "unitOfMeasureCode",
      "quantityPer", "scrapPercent", "calculationFormula", "expectedQuantity", "remainingQuantity", "routingLinkCode",
      "locationCode", "dueDate", "dueDateTime", "suppliedByLineNo")
    SELECT ${orderId}, l.id, t.line_no::int, t.item_no, i.description, i."baseUnitOfMeasure",
           q.qp, q.scrap, t.formula::"CalculationFormula", e.qty, e.qty, t.link,
           l."locationCode", d.due_at::date, d.due_at, t.supplied_by::int
    FROM ROWS FROM (json_array_elements_text(${j(parent)}::json), json_array_elements_text(${j(lineNo)}::json),
                    json_array_elements_text(${j(itemNo)}::json), json_array_elements_text(${j(qtyPer)}::json),
                    json_array_elements_text(${j(scrap)}::json), json_array_elements_text(${j(formula)}::json),
                    json_array_elements_text(${j(link)}::json), json_array_elements_text(${j(dueAt)}::json),
                    json_array_elements_text(${j(suppliedBy)}::json))
         AS t(parent, line_no, item_no, qp, scrap, formula, link, due_at, supplied_by)
    JOIN "ProdOrderLine" l ON l.id = t.parent::int AND l."orderId" = ${orderId}
    JOIN "Item" i ON i.no = t.item_no
    CROSS JOIN LATERAL (SELECT t.qp::numeric AS qp, t.scrap::numeric AS scrap) q
    CROSS JOIN LATERAL (SELECT coalesce(t.due_at::timestamp, l."startingDateTime") AS due_at) d
    CROSS JOIN LATERAL (SELECT CASE WHEN t.formula = 'FIXED_QUANTITY' THEN q.qp * (1 + q.scrap / 100)
                                    ELSE q.qp * l.quantity * (1 + l."scrapPercent" / 100) * (1 + q.scrap / 100) END AS qty) e`;
  return parent.length;
}
