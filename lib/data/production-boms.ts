import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import type { ListParams } from "@/lib/data/list-params";
import { listSource } from "@/lib/data/list-source";
import type { BomStatus, ProductionBom } from "@/lib/generated/prisma/client";

export const BOM_STATUSES = ["NEW", "CERTIFIED", "UNDER_DEVELOPMENT", "CLOSED"] as const satisfies readonly BomStatus[];
export const PRODUCTION_BOM_SORTS = ["no", "description", "unitOfMeasureCode", "status"] as const;
export const PRODUCTION_BOM_FILTERS = ["no", "description", "status"] as const;
export type ProductionBomSort = (typeof PRODUCTION_BOM_SORTS)[number];

/** A status filter value, or undefined when the URL holds anything else. */
export function bomStatusFilter(value: string | undefined): BomStatus | undefined {
  return (BOM_STATUSES as readonly string[]).includes(value ?? "") ? (value as BomStatus) : undefined;
}

export const productionBomList = listSource<ProductionBom>({
  permission: "masterData.read",
  table: "ProductionBom",
  shape: { tiebreak: ["no"] },
  filters: {
    no: { kind: "contains", column: "no" },
    description: { kind: "contains", column: "description" },
    status: { kind: "oneOf", column: "status", values: BOM_STATUSES },
  },
});

export const listProductionBoms = (p: ListParams<ProductionBomSort>) => productionBomList.page(p);

const lineOrder = { lineNo: "asc" } as const;

export async function getProductionBom(no: string) {
  await requireViewer("masterData.read");
  const bom = await db.productionBom.findUnique({
    where: { no },
    include: {
      lines: { where: { versionCode: null }, orderBy: lineOrder },
      versions: { orderBy: { versionCode: "asc" }, include: { lines: { orderBy: lineOrder } } },
      items: { select: { no: true, description: true, replenishmentSystem: true }, orderBy: { no: "asc" } },
    },
  });
  if (!bom) return null;
  // Lines stored without a description show the item's or phantom BOM's, as BC fills it in.
  // One query per kind, whatever the number of lines or versions.
  const allLines = [...bom.lines, ...bom.versions.flatMap((v) => v.lines)];
  const itemNos = allLines.filter((l) => l.type === "ITEM").map((l) => l.no);
  const bomNos = allLines.filter((l) => l.type === "PRODUCTION_BOM").map((l) => l.no);
  const [items, boms, parents] = await Promise.all([
    db.item.findMany({ where: { no: { in: itemNos } }, select: { no: true, description: true } }),
    db.productionBom.findMany({ where: { no: { in: bomNos } }, select: { no: true, description: true } }),
    // One level up: BOMs listing this one as a phantom line, or an item produced with it.
    db.productionBomLine.findMany({
      where: {
        OR: [
          { type: "PRODUCTION_BOM", no },
          { type: "ITEM", no: { in: bom.items.map((i) => i.no) } },
        ],
      },
      distinct: ["bomNo"],
      select: { bomNo: true, bom: { select: { description: true } } },
      orderBy: { bomNo: "asc" },
    }),
  ]);
  const itemText = new Map(items.map((i) => [i.no, i.description]));
  const bomText = new Map(boms.map((b) => [b.no, b.description]));
  const describe = <L extends (typeof allLines)[number]>(l: L) => ({
    ...l,
    description: l.description || (l.type === "ITEM" ? itemText.get(l.no) : bomText.get(l.no)) || "",
  });
  return {
    ...bom,
    lines: bom.lines.map(describe),
    versions: bom.versions.map((v) => ({ ...v, lines: v.lines.map(describe) })),
    usedInBoms: parents.map((p) => ({ no: p.bomNo, description: p.bom.description })),
  };
}

export type ProductionBomCard = NonNullable<Awaited<ReturnType<typeof getProductionBom>>>;
export type ProductionBomLineView = ProductionBomCard["lines"][number];
