import type { SalesDocumentType, SalesLineType } from "@/lib/generated/prisma/client";
import { d, type Tx } from "./demo-setup";

// Families and open sales documents. Shipment dates are fixed weeks after the 2026-12-01 base.
// Lines with Outstanding = Reserved (and purchased items) are the ones refresh must skip.

type Line = {
  type?: SalesLineType;
  no: string;
  description: string;
  qty: number;
  outstanding?: number;
  reserved?: number;
  variant?: string;
  location?: string;
};
type Doc = {
  type: SalesDocumentType;
  no: string;
  customerNo: string;
  name: string;
  location: string;
  shipment: string;
  lines: Line[];
};

const DOCS: Doc[] = [
  {
    type: "ORDER",
    no: "SO-1001",
    customerNo: "10000",
    name: "Adatum Corporation",
    location: "BLUE",
    shipment: "2026-12-08",
    lines: [
      { no: "1000", description: "Bicycle", qty: 10 },
      { no: "1100", description: "Front Wheel", qty: 4, reserved: 4 },
      { type: "RESOURCE", no: "LIFT", description: "Assembly service", qty: 2 },
    ],
  },
  {
    type: "ORDER",
    no: "SO-1002",
    customerNo: "20000",
    name: "Trey Research",
    location: "RED",
    shipment: "2026-12-15",
    lines: [
      { no: "1001", variant: "BLUE", description: "Touring Bicycle, blue", qty: 5, reserved: 2 },
      { no: "1200", description: "Back Wheel", qty: 6 },
      { no: "1310", description: "Chain", qty: 10 },
      { type: "GL_ACCOUNT", no: "6610", description: "Freight charges", qty: 1 },
    ],
  },
  {
    type: "ORDER",
    no: "SO-1003",
    customerNo: "30000",
    name: "School of Fine Art",
    location: "BLUE",
    shipment: "2026-12-22",
    lines: [
      { no: "1000", description: "Bicycle", qty: 20, outstanding: 15, reserved: 5 },
      { no: "1300", description: "Chain Assy", qty: 8, reserved: 8 },
      { type: "COMMENT", no: "", description: "Deliver to the back entrance", qty: 0 },
    ],
  },
  {
    type: "ORDER",
    no: "SO-1004",
    customerNo: "40000",
    name: "Alpine Ski House",
    location: "RED",
    shipment: "2027-01-05",
    lines: [
      { no: "1001", variant: "RED", description: "Touring Bicycle, red", qty: 3 },
      { no: "1100", description: "Front Wheel", qty: 2 },
      { no: "1200", description: "Back Wheel", qty: 2 },
    ],
  },
  {
    type: "ORDER",
    no: "SO-1005",
    customerNo: "50000",
    name: "Relecloud",
    location: "BLUE",
    shipment: "2027-01-12",
    lines: [
      { no: "1000", description: "Bicycle", qty: 50, reserved: 10 },
      { no: "1000", description: "Bicycle (Red Warehouse)", qty: 12, location: "RED" },
      { no: "1950", description: "Touring Frame (spare)", qty: 2 },
    ],
  },
  // Demand for planning (issue 25): a later bicycle order that demo order 101006 is due a week after.
  {
    type: "ORDER",
    no: "SO-1006",
    customerNo: "60000",
    name: "Coho Winery",
    location: "BLUE",
    shipment: "2027-02-09",
    lines: [
      { no: "1000", description: "Bicycle", qty: 8 },
      { no: "1001", variant: "BLUE", description: "Touring Bicycle, blue", qty: 2 },
    ],
  },
  {
    type: "QUOTE",
    no: "SQ-1001",
    customerNo: "10000",
    name: "Adatum Corporation",
    location: "BLUE",
    shipment: "2027-01-19",
    lines: [
      { no: "1001", description: "Touring Bicycle", qty: 12 },
      { no: "1000", description: "Bicycle", qty: 8 },
    ],
  },
];

export const DEMO_SALES_ORDER_NOS = DOCS.filter((x) => x.type === "ORDER").map((x) => x.no);
export const DEMO_SALES_QUOTE_NOS = DOCS.filter((x) => x.type === "QUOTE").map((x) => x.no);

export async function seedFamilies(tx: Tx) {
  await tx.family.createMany({
    data: [
      { no: "WHEELS", description: "Wheels family", routingNo: "FAM-WHEELS" },
      { no: "CHAINS", description: "Chains family", routingNo: "FAM-CHAINS" },
    ],
  });
  await tx.familyLine.createMany({
    data: [
      { familyNo: "WHEELS", lineNo: 10000, itemNo: "1100", quantity: 1 },
      { familyNo: "WHEELS", lineNo: 20000, itemNo: "1200", quantity: 1 },
      { familyNo: "CHAINS", lineNo: 10000, itemNo: "1300", quantity: 1 },
      { familyNo: "CHAINS", lineNo: 20000, itemNo: "1310", quantity: 2 },
    ],
  });
}

export async function seedSales(tx: Tx) {
  await tx.salesHeader.createMany({
    data: DOCS.map((x) => ({
      documentType: x.type,
      no: x.no,
      sellToCustomerNo: x.customerNo,
      sellToName: x.name,
      shipToName: x.name,
      locationCode: x.location,
      shipmentDate: d(x.shipment),
      status: "OPEN" as const,
    })),
  });
  await tx.salesLine.createMany({
    data: DOCS.flatMap((x) =>
      x.lines.map((l, i) => {
        const type = l.type ?? "ITEM";
        return {
          documentType: x.type,
          documentNo: x.no,
          lineNo: (i + 1) * 10000,
          type,
          no: l.no,
          itemNo: type === "ITEM" ? l.no : null,
          variantCode: l.variant ?? "",
          description: l.description,
          quantity: l.qty,
          outstandingQuantity: l.outstanding ?? l.qty,
          reservedQuantity: l.reserved ?? 0,
          locationCode: type === "COMMENT" ? null : (l.location ?? x.location),
          shipmentDate: type === "COMMENT" ? null : d(x.shipment),
        };
      }),
    ),
  });
}
