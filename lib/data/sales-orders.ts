import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { contains, isoDate, type ListParams } from "@/lib/data/list-params";
import { listSource } from "@/lib/data/list-source";
import type { Prisma, SalesDocumentType } from "@/lib/generated/prisma/client";
import { SalesDocumentStatus, SalesDocumentType as DocumentTypes } from "@/lib/generated/prisma/enums";

export const SALES_ORDER_SORTS = ["documentType", "no", "sellToCustomerNo", "sellToName", "locationCode", "shipmentDate", "status"] as const;
export const SALES_ORDER_FILTERS = ["documentType", "no", "sellToName", "locationCode", "shipmentFrom", "shipmentTo"] as const;
export type SalesOrderSort = (typeof SALES_ORDER_SORTS)[number];

// URLs name the document type in lower case (/sales-orders/quote/SQ-1001).
const SLUGS = { order: "ORDER", quote: "QUOTE" } as const satisfies Record<string, SalesDocumentType>;

export function salesDocumentTypeFromSlug(slug: string): SalesDocumentType | undefined {
  return Object.hasOwn(SLUGS, slug) ? SLUGS[slug as keyof typeof SLUGS] : undefined;
}

export function salesDocumentHref(type: SalesDocumentType, no: string) {
  return `/sales-orders/${type.toLowerCase()}/${encodeURIComponent(no)}`;
}

export const salesOrderList = listSource({
  permission: "masterData.read",
  shape: {
    tiebreak: ["documentType", "no"],
    nullable: ["locationCode", "shipmentDate"],
    ordered: { documentType: Object.values(DocumentTypes), status: Object.values(SalesDocumentStatus) },
  },
  where: (f): Prisma.SalesHeaderWhereInput => {
    const from = isoDate(f.shipmentFrom);
    const to = isoDate(f.shipmentTo);
    return {
      documentType: f.documentType === "ORDER" || f.documentType === "QUOTE" ? f.documentType : undefined,
      no: contains(f.no),
      sellToName: contains(f.sellToName),
      locationCode: contains(f.locationCode),
      shipmentDate: from || to ? { gte: from, lte: to } : undefined,
    };
  },
  findMany: (a) => db.salesHeader.findMany({ ...a, orderBy: a.orderBy as Prisma.SalesHeaderOrderByWithRelationInput[] }),
  count: (a) => db.salesHeader.count(a),
});

export const listSalesOrders = (p: ListParams<SalesOrderSort>) => salesOrderList.page(p);

export async function getSalesOrder(documentType: SalesDocumentType, no: string) {
  await requireViewer("masterData.read");
  return db.salesHeader.findUnique({
    where: { documentType_no: { documentType, no } },
    include: { lines: { orderBy: { lineNo: "asc" } } },
  });
}
