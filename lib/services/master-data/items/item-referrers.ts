import { DomainError } from "@/lib/errors";
import {
  inUseKey,
  joinNames,
  ordersWithComponents,
  productionOrdersWhere,
  salesDocumentName,
} from "@/lib/services/master-data/record-guards";
import { inTurn, type Tx } from "@/lib/services/tx";
import { msg, type Message } from "@/lib/i18n/domain-message";

// What refers to an item (delete), to one of its variants or to one of its units (removing a
// row from the card's grids).

const TAKE = 10;

const bomLineName = (l: { bomNo: string; versionCode: string | null; lineNo: number }) =>
  l.versionCode
    ? msg("partBomVersionLine", { no: l.bomNo, version: l.versionCode, line: l.lineNo })
    : msg("partBomLine", { no: l.bomNo, line: l.lineNo });

export async function itemReferrers(tx: Tx, no: string): Promise<Message[]> {
  const componentOrders = await ordersWithComponents(tx, { itemNo: no });
  const [bomLines, familyLines, salesLines, orders] = await inTurn(
    () => tx.productionBomLine.findMany({ where: { type: "ITEM", no }, orderBy: [{ bomNo: "asc" }, { lineNo: "asc" }], take: TAKE }),
    () => tx.familyLine.findMany({ where: { itemNo: no }, select: { familyNo: true }, orderBy: { familyNo: "asc" }, take: TAKE }),
    () =>
      tx.salesLine.findMany({
        where: { itemNo: no },
        select: { documentType: true, documentNo: true },
        orderBy: { documentNo: "asc" },
        take: TAKE,
      }),
    () =>
      productionOrdersWhere(tx, {
        OR: [
          { status: { not: "FINISHED" }, sourceType: "ITEM", sourceNo: no },
          { lines: { some: { itemNo: no } } },
          { id: { in: componentOrders } },
        ],
      }),
  );
  return [
    ...bomLines.map(bomLineName),
    ...orders,
    ...familyLines.map((l) => msg("partFamily", { no: l.familyNo })),
    ...salesLines.map((l) => salesDocumentName(l.documentType, l.documentNo)),
  ];
}

/** Refuses removing variants that sales lines or production orders still use. */
export async function refuseRemovedVariantsInUse(tx: Tx, itemNo: string, removed: string[]) {
  for (const code of removed) {
    const [sales, orders] = await inTurn(
      () => tx.salesLine.findMany({ where: { itemNo, variantCode: code }, select: { documentType: true, documentNo: true }, take: TAKE }),
      () =>
        productionOrdersWhere(tx, {
          OR: [{ sourceType: "ITEM", sourceNo: itemNo, variantCode: code }, { lines: { some: { itemNo, variantCode: code } } }],
        }),
    );
    const names = [...sales.map((l) => salesDocumentName(l.documentType, l.documentNo)), ...orders];
    if (names.length) {
      throw new DomainError(
        "IN_USE",
        msg(inUseKey(names, "variantInUse", "variantInUsePlural"), { code, no: itemNo, referrers: joinNames(names) }),
        "variants",
      );
    }
  }
}

/** Refuses removing units of measure that BOM lines or production orders still use. */
export async function refuseRemovedUnitsInUse(tx: Tx, itemNo: string, removed: string[]) {
  for (const code of removed) {
    const componentOrders = await ordersWithComponents(tx, { itemNo, unitOfMeasureCode: code });
    const [bomLines, orders] = await inTurn(
      () => tx.productionBomLine.findMany({ where: { type: "ITEM", no: itemNo, unitOfMeasureCode: code }, take: TAKE }),
      () => productionOrdersWhere(tx, { OR: [{ lines: { some: { itemNo, unitOfMeasureCode: code } } }, { id: { in: componentOrders } }] }),
    );
    const names = [...bomLines.map(bomLineName), ...orders];
    if (names.length) {
      throw new DomainError(
        "IN_USE",
        msg(inUseKey(names, "unitInUse", "unitInUsePlural"), { code, no: itemNo, referrers: joinNames(names) }),
        "units",
      );
    }
  }
}
