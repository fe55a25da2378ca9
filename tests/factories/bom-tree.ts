import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { makeRouting } from "./routings";
import { ensureUnitOfMeasure } from "./units";
import { uniqueCode, type DbClient } from "./unique";
import { makeWorkCenter } from "./work-centers";

export type BomTreeStructure = "make-to-order" | "make-to-stock" | "phantom";

export type BomTreeOptions = {
  /** BOM levels under the top item (1 = the top BOM holds only purchased leaves). */
  levels: number;
  /** Lines per BOM. Components in all BOM lines = fanOut + fanOut² + … + fanOut^levels. */
  fanOut: number;
  /** Code prefix (≤ 10 characters); default a unique one. Codes read `<prefix>-<level>-<index>`. */
  prefix?: string;
  /**
   * make-to-order (default): intermediate nodes are make-to-order produced items under a
   * make-to-order top item, so one refresh yields a line per subassembly and every BOM line
   * becomes a component. make-to-stock: same items, make-to-stock (refresh explodes one level).
   * phantom: intermediate nodes are BOMs without items, linked by Production BOM lines.
   */
  structure?: BomTreeStructure;
  quantityPer?: number | ((level: number, index: number) => number);
  /** Operations on the top item's routing (one new work center); default 3. */
  routingOperations?: number;
};

export type BomTree = {
  prefix: string;
  topItemNo: string;
  routingNo: string;
  workCenterNo: string;
  bomCount: number;
  bomLineCount: number;
  itemCount: number;
  leafCount: number;
  /** Component rows one refresh of the top item should produce for this structure. */
  expectedComponentCount: number;
};

const code = (prefix: string, level: number, index: number) => `${prefix}-${level}-${index}`;

/**
 * Generates a certified multi-level BOM tree of any size with a handful of set-based inserts
 * (unnest arrays), for benchmarks of ~250, ~1,400 or ~11,000 components.
 */
export async function makeBomTree(db: DbClient, options: BomTreeOptions): Promise<BomTree> {
  const { levels, fanOut } = options;
  if (levels < 1 || fanOut < 1) throw new Error("makeBomTree: levels and fanOut must be ≥ 1");
  const prefix = options.prefix ?? uniqueCode("T", 10);
  const structure = options.structure ?? "make-to-order";
  if (code(prefix, levels, fanOut ** levels - 1).length > 20) throw new Error("makeBomTree: codes exceed 20 characters");
  const qty = options.quantityPer ?? 1;
  const quantityOf = typeof qty === "number" ? () => qty : qty;
  const policy = structure === "make-to-order" ? "MAKE_TO_ORDER" : "MAKE_TO_STOCK";

  const boms: string[] = [];
  const line = { bomNo: [] as string[], lineNo: [] as number[], type: [] as string[], no: [] as string[], qty: [] as number[] };
  const item = { no: [] as string[], repl: [] as string[], bom: [] as (string | null)[], llc: [] as number[], cost: [] as number[] };

  const topItemNo = code(prefix, 0, 0);
  for (let level = 0; level <= levels; level++) {
    const count = fanOut ** level;
    const isLeaf = level === levels;
    const hasItem = level === 0 || isLeaf || structure !== "phantom";
    for (let index = 0; index < count; index++) {
      const no = code(prefix, level, index);
      if (!isLeaf) boms.push(no);
      if (hasItem) {
        item.no.push(no);
        item.repl.push(isLeaf ? "PURCHASE" : "PROD_ORDER");
        item.bom.push(isLeaf ? null : no);
        item.llc.push(level);
        item.cost.push(isLeaf ? 1 : 0);
      }
      if (level > 0) {
        line.bomNo.push(code(prefix, level - 1, Math.floor(index / fanOut)));
        line.lineNo.push(((index % fanOut) + 1) * 10000);
        line.type.push(hasItem ? "ITEM" : "PRODUCTION_BOM");
        line.no.push(no);
        line.qty.push(quantityOf(level, index));
      }
    }
  }

  const build = async (tx: DbClient): Promise<BomTree> => {
    await ensureUnitOfMeasure(tx, "PCS");
    const workCenter = await makeWorkCenter(tx);
    const routing = await makeRouting(tx, {
      no: `${prefix}-R`,
      lines: Array.from({ length: options.routingOperations ?? 3 }, (_, i) => ({
        workCenterNo: workCenter.no,
        setupTime: 10,
        runTime: 2 + i,
        moveTime: 5,
      })),
    });
    await tx.$executeRaw`
      INSERT INTO "ProductionBom" ("no", "description", "unitOfMeasureCode", "status")
      SELECT b, 'Generated BOM ' || b, 'PCS', 'CERTIFIED' FROM unnest(${boms}::text[]) AS t(b)`;
    await tx.$executeRaw`
      INSERT INTO "ProductionBomLine" ("bomNo", "lineNo", "type", "no", "quantityPer")
      SELECT b, l, ty::"BomLineType", n, q
      FROM unnest(${line.bomNo}::text[], ${line.lineNo}::int[], ${line.type}::text[], ${line.no}::text[],
                  ${line.qty}::numeric[]) AS t(b, l, ty, n, q)`;
    await tx.$executeRaw`
      INSERT INTO "Item" ("no", "description", "baseUnitOfMeasure", "replenishmentSystem", "manufacturingPolicy",
                          "productionBomNo", "routingNo", "lowLevelCode", "unitCost")
      SELECT n, 'Generated item ' || n, 'PCS', r::"ReplenishmentSystem",
             (CASE WHEN r = 'PROD_ORDER' THEN ${policy} ELSE 'MAKE_TO_STOCK' END)::"ManufacturingPolicy",
             b, CASE WHEN n = ${topItemNo} THEN ${routing.no} END, llc, c
      FROM unnest(${item.no}::text[], ${item.repl}::text[], ${item.bom}::text[], ${item.llc}::int[],
                  ${item.cost}::numeric[]) AS t(n, r, b, llc, c)`;
    await tx.$executeRaw`
      INSERT INTO "ItemUnitOfMeasure" ("itemNo", "code", "qtyPerUnitOfMeasure")
      SELECT n, 'PCS', 1 FROM unnest(${item.no}::text[]) AS t(n)`;
    const leafCount = fanOut ** levels;
    return {
      prefix,
      topItemNo,
      routingNo: routing.no,
      workCenterNo: workCenter.no,
      bomCount: boms.length,
      bomLineCount: line.no.length,
      itemCount: item.no.length,
      leafCount,
      expectedComponentCount: structure === "make-to-order" ? line.no.length : structure === "phantom" ? leafCount : fanOut,
    };
  };
  // Atomic when given the app client; inside a caller's transaction otherwise.
  return "$transaction" in db ? (db as Db).$transaction((tx: Prisma.TransactionClient) => build(tx), { timeout: 120_000 }) : build(db);
}
