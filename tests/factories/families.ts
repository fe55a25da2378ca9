import type { Family, FamilyLine } from "@/lib/generated/prisma/client";
import { makeItem } from "./items";
import { uniqueCode, type DbClient, type DecimalInput } from "./unique";

export type FamilyOverrides = {
  no?: string;
  description?: string;
  routingNo?: string | null;
  blocked?: boolean;
  /** Absent = two new produced items, quantity 1 each. */
  lines?: { itemNo: string; quantity?: DecimalInput; lineNo?: number }[];
};

/** A family (several items produced together on one routing) with its lines. */
export async function makeFamily(db: DbClient, overrides: FamilyOverrides = {}): Promise<Family & { lines: FamilyLine[] }> {
  const no = overrides.no ?? uniqueCode("FAM");
  let lines = overrides.lines;
  if (!lines) {
    lines = [];
    for (let i = 0; i < 2; i++) lines.push({ itemNo: (await makeItem(db, { replenishmentSystem: "PROD_ORDER" })).no });
  }
  return db.family.create({
    data: {
      no,
      description: overrides.description ?? `Family ${no}`,
      routingNo: overrides.routingNo ?? null,
      blocked: overrides.blocked ?? false,
      lines: {
        createMany: {
          data: lines.map((l, i) => ({ lineNo: l.lineNo ?? (i + 1) * 10000, itemNo: l.itemNo, quantity: l.quantity ?? 1 })),
        },
      },
    },
    include: { lines: { orderBy: { lineNo: "asc" } } },
  });
}
