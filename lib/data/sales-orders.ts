import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { NOT_COVERED_BY_PRODUCTION } from "@/lib/data/list-conditions";
import type { ListParams } from "@/lib/data/list-params";
import { listSource } from "@/lib/data/list-source";
import type { SalesDocumentType, SalesHeader } from "@/lib/generated/prisma/client";
import { SalesDocumentStatus as DocumentStatuses, SalesDocumentType as DocumentTypes } from "@/lib/generated/prisma/enums";

export const SALES_ORDER_SORTS = [
  "documentType",
  "no",
  "sellToCustomerNo",
  "sellToName",
  "locationCode",
  "shipmentDate",
  "status",
] as const;
export const SALES_ORDER_FILTERS = [
  "documentType",
  "no",
  "sellToName",
  "locationCode",
  "shipmentFrom",
  "shipmentTo",
  "notCovered",
  "sellToCustomerNo",
  "status",
] as const;
export type SalesOrderSort = (typeof SALES_ORDER_SORTS)[number];

// URLs name the document type in lower case (/sales-orders/quote/SQ-1001).
const SLUGS = { order: "ORDER", quote: "QUOTE" } as const satisfies Record<string, SalesDocumentType>;

export function salesDocumentTypeFromSlug(slug: string): SalesDocumentType | undefined {
  return Object.hasOwn(SLUGS, slug) ? SLUGS[slug as keyof typeof SLUGS] : undefined;
}

export function salesDocumentHref(type: SalesDocumentType, no: string) {
  return `/sales-orders/${type.toLowerCase()}/${encodeURIComponent(no)}`;
}

export const salesOrderList = listSource<SalesHeader>({
  permission: "masterData.read",
  table: "SalesHeader",
  shape: { tiebreak: ["documentType", "no"], nullable: ["locationCode", "shipmentDate"] },
  filters: {
    documentType: { kind: "oneOf", column: "documentType", values: Object.values(DocumentTypes) },
    no: { kind: "contains", column: "no" },
    sellToName: { kind: "contains", column: "sellToName" },
    locationCode: { kind: "contains", column: "locationCode" },
    shipmentFrom: { kind: "dayFrom", column: "shipmentDate" },
    shipmentTo: { kind: "dayTo", column: "shipmentDate" },
    notCovered: { kind: "condition", sql: NOT_COVERED_BY_PRODUCTION },
    sellToCustomerNo: { kind: "contains", column: "sellToCustomerNo" },
    status: { kind: "oneOf", column: "status", values: Object.values(DocumentStatuses) },
  },
});

export const listSalesOrders = (p: ListParams<SalesOrderSort>) => salesOrderList.page(p);

export async function getSalesOrder(documentType: SalesDocumentType, no: string) {
  await requireViewer("masterData.read");
  return db.salesHeader.findUnique({
    where: { documentType_no: { documentType, no } },
    include: { lines: { orderBy: { lineNo: "asc" } } },
  });
}
