import type { SalesDocumentStatus, SalesDocumentType, SalesHeader, SalesLine, SalesLineType } from "@/lib/generated/prisma/client";
import { uniqueCode, toDate, toOptionalDate, type DbClient, type DecimalInput } from "./unique";

export type SalesLineInput = {
  lineNo?: number;
  type?: SalesLineType;
  /** Item No. for Item lines (also stored as itemNo), resource/account No. otherwise. */
  no?: string;
  variantCode?: string;
  description?: string;
  quantity?: DecimalInput;
  /** Default = quantity. */
  outstandingQuantity?: DecimalInput;
  reservedQuantity?: DecimalInput;
  /** Default = the header's location. */
  locationCode?: string | null;
  /** Default = the header's shipment date. */
  shipmentDate?: Date | string | null;
};

export type SalesHeaderOverrides = {
  documentType?: SalesDocumentType;
  no?: string;
  sellToCustomerNo?: string;
  sellToName?: string;
  shipToName?: string;
  locationCode?: string | null;
  shipmentDate?: Date | string | null;
  status?: SalesDocumentStatus;
  lines?: SalesLineInput[];
};

/** A sales order (default) or quote with its lines; line defaults come from the header. */
export async function makeSalesHeader(db: DbClient, overrides: SalesHeaderOverrides = {}): Promise<SalesHeader & { lines: SalesLine[] }> {
  const documentType = overrides.documentType ?? "ORDER";
  const no = overrides.no ?? uniqueCode(documentType === "ORDER" ? "SO" : "SQ");
  const locationCode = overrides.locationCode ?? null;
  const shipmentDate = toOptionalDate(overrides.shipmentDate) ?? toDate("2026-12-15");
  const sellToName = overrides.sellToName ?? `Customer of ${no}`;
  return db.salesHeader.create({
    data: {
      documentType,
      no,
      sellToCustomerNo: overrides.sellToCustomerNo ?? "10000",
      sellToName,
      shipToName: overrides.shipToName ?? sellToName,
      locationCode,
      shipmentDate,
      status: overrides.status ?? "OPEN",
      lines: {
        createMany: {
          data: (overrides.lines ?? []).map((l, i) => {
            const type = l.type ?? "ITEM";
            const quantity = l.quantity ?? (type === "COMMENT" ? 0 : 1);
            return {
              lineNo: l.lineNo ?? (i + 1) * 10000,
              type,
              no: l.no ?? "",
              itemNo: type === "ITEM" ? (l.no ?? null) : null,
              variantCode: l.variantCode ?? "",
              description: l.description ?? "",
              quantity,
              outstandingQuantity: l.outstandingQuantity ?? quantity,
              reservedQuantity: l.reservedQuantity ?? 0,
              locationCode: l.locationCode === undefined ? locationCode : l.locationCode,
              shipmentDate: l.shipmentDate === undefined ? shipmentDate : toOptionalDate(l.shipmentDate),
            };
          }),
        },
      },
    },
    include: { lines: { orderBy: { lineNo: "asc" } } },
  });
}

export function makeSalesOrder(db: DbClient, overrides: Omit<SalesHeaderOverrides, "documentType"> = {}) {
  return makeSalesHeader(db, { ...overrides, documentType: "ORDER" });
}

export function makeSalesQuote(db: DbClient, overrides: Omit<SalesHeaderOverrides, "documentType"> = {}) {
  return makeSalesHeader(db, { ...overrides, documentType: "QUOTE" });
}
