import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { contains, isoDate, type ListParams, type Page } from "@/lib/data/list-params";
import type { Prisma, SalesDocumentType } from "@/lib/generated/prisma/client";

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

export async function listSalesOrders(p: ListParams<SalesOrderSort>) {
  await requireViewer("masterData.read");
  const type = p.filters.documentType;
  const from = isoDate(p.filters.shipmentFrom);
  const to = isoDate(p.filters.shipmentTo);
  const where: Prisma.SalesHeaderWhereInput = {
    documentType: type === "ORDER" || type === "QUOTE" ? type : undefined,
    no: contains(p.filters.no),
    sellToName: contains(p.filters.sellToName),
    locationCode: contains(p.filters.locationCode),
    shipmentDate: from || to ? { gte: from, lte: to } : undefined,
  };
  const [rows, total] = await Promise.all([
    db.salesHeader.findMany({
      where,
      orderBy: [{ [p.sort]: p.dir }, { documentType: "asc" }, { no: "asc" }],
      skip: (p.page - 1) * p.pageSize,
      take: p.pageSize,
    }),
    db.salesHeader.count({ where }),
  ]);
  return { rows, total, page: p.page, pageSize: p.pageSize } satisfies Page<unknown>;
}

export async function getSalesOrder(documentType: SalesDocumentType, no: string) {
  await requireViewer("masterData.read");
  return db.salesHeader.findUnique({
    where: { documentType_no: { documentType, no } },
    include: { lines: { orderBy: { lineNo: "asc" } } },
  });
}
