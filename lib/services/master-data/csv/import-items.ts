import { Prisma } from "@/lib/generated/prisma/client";
import { cycleMessage } from "@/lib/domain/bom/cycle-check";
import { cycleOf, loadBomGraph } from "@/lib/services/master-data/boms/cycle";
import { inTurn, type Tx } from "@/lib/services/tx";
import { duplicateErrors, type ImportRow, type RowError } from "@/lib/services/master-data/csv/read-rows";

type Rows = ImportRow<"items">[];
const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];

/** Existence checks in bulk: one query per referenced table. */
export async function checkItemRows(tx: Tx, rows: Rows): Promise<RowError[]> {
  const errors = duplicateErrors(rows, (d) => d.no, "No.", (d) => `Item ${d.no}`);
  const [uoms, boms, routings] = await inTurn(
    () => tx.unitOfMeasure.findMany({ where: { code: { in: uniq(rows.map((r) => r.data.baseUnitOfMeasure)) } }, select: { code: true } }),
    () => tx.productionBom.findMany({ where: { no: { in: uniq(rows.map((r) => r.data.productionBomNo)) } }, select: { no: true } }),
    () => tx.routing.findMany({ where: { no: { in: uniq(rows.map((r) => r.data.routingNo)) } }, select: { no: true } }),
  );
  const [uomSet, bomSet, routingSet] = [new Set(uoms.map((u) => u.code)), new Set(boms.map((b) => b.no)), new Set(routings.map((r) => r.no))];
  for (const { row, data } of rows) {
    if (!uomSet.has(data.baseUnitOfMeasure)) errors.push({ row, column: "Base Unit of Measure", message: `Unit of Measure ${data.baseUnitOfMeasure} does not exist.` });
    if (data.productionBomNo && !bomSet.has(data.productionBomNo)) errors.push({ row, column: "Production BOM No.", message: `Production BOM ${data.productionBomNo} does not exist.` });
    if (data.routingNo && !routingSet.has(data.routingNo)) errors.push({ row, column: "Routing No.", message: `Routing ${data.routingNo} does not exist.` });
  }
  return errors;
}

/** Inserts new items and updates existing ones in one statement; the base unit gets its unit row. */
export async function writeItemRows(tx: Tx, rows: Rows) {
  const col = <T>(f: (d: Rows[number]["data"]) => T) => rows.map((r) => f(r.data));
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "Item" ("no", "description", "baseUnitOfMeasure", "replenishmentSystem", "manufacturingPolicy", "productionBomNo",
                        "routingNo", "scrapPercent", "leadTimeDays", "safetyLeadTimeDays", "unitCost", "blocked")
    SELECT n, d, u, r::"ReplenishmentSystem", m::"ManufacturingPolicy", b, ro, s, lt, slt, c, bl
    FROM unnest(${col((d) => d.no)}::text[], ${col((d) => d.description)}::text[], ${col((d) => d.baseUnitOfMeasure)}::text[],
                ${col((d) => d.replenishmentSystem)}::text[], ${col((d) => d.manufacturingPolicy)}::text[], ${col((d) => d.productionBomNo)}::text[],
                ${col((d) => d.routingNo)}::text[], ${col((d) => d.scrapPercent)}::numeric[], ${col((d) => d.leadTimeDays)}::int[],
                ${col((d) => d.safetyLeadTimeDays)}::int[], ${col((d) => d.unitCost)}::numeric[], ${col((d) => d.blocked)}::boolean[])
         AS t(n, d, u, r, m, b, ro, s, lt, slt, c, bl)
    ON CONFLICT ("no") DO UPDATE SET
      "description" = EXCLUDED."description", "baseUnitOfMeasure" = EXCLUDED."baseUnitOfMeasure",
      "replenishmentSystem" = EXCLUDED."replenishmentSystem", "manufacturingPolicy" = EXCLUDED."manufacturingPolicy",
      "productionBomNo" = EXCLUDED."productionBomNo", "routingNo" = EXCLUDED."routingNo", "scrapPercent" = EXCLUDED."scrapPercent",
      "leadTimeDays" = EXCLUDED."leadTimeDays", "safetyLeadTimeDays" = EXCLUDED."safetyLeadTimeDays", "unitCost" = EXCLUDED."unitCost",
      "blocked" = EXCLUDED."blocked", "version" = "Item"."version" + 1`);
  await tx.$executeRaw`
    INSERT INTO "ItemUnitOfMeasure" ("itemNo", "code", "qtyPerUnitOfMeasure")
    SELECT n, u, 1 FROM unnest(${col((d) => d.no)}::text[], ${col((d) => d.baseUnitOfMeasure)}::text[]) AS t(n, u)
    ON CONFLICT DO NOTHING`;
}

/**
 * After the write, inside the same transaction: an item given a Production BOM that (through
 * any depth) contains the item itself would make that BOM contain itself.
 */
export async function itemCycleErrors(tx: Tx, rows: Rows): Promise<RowError[]> {
  const bomNos = uniq(rows.map((r) => r.data.productionBomNo));
  if (!bomNos.length) return [];
  const lines = await tx.productionBomLine.findMany({ where: { bomNo: { in: bomNos } }, select: { bomNo: true, type: true, no: true }, distinct: ["bomNo", "type", "no"] });
  const graph = await loadBomGraph(tx, lines.map((l) => ({ origin: l.bomNo, type: l.type, no: l.no })));
  const errors: RowError[] = [];
  for (const bomNo of bomNos) {
    const steps = cycleOf(graph, bomNo);
    if (!steps) continue;
    for (const { row, data } of rows) {
      if (data.productionBomNo === bomNo && steps.some((s) => s.type === "ITEM" && s.no === data.no)) {
        errors.push({ row, column: "Production BOM No.", message: cycleMessage(bomNo, steps) });
      }
    }
  }
  return errors;
}
