import { z } from "zod";
import { date, decimal } from "@/lib/api/schemas/common";

// The master data the API reads (issue 26): what a shop's other systems need to create orders.

/** An operation as a routing defines it; a production order's routing line adds its schedule (production-orders.ts). */
export const routingOperationFields = {
  operationNo: z.string(),
  type: z.enum(["WORK_CENTER", "MACHINE_CENTER"]),
  no: z.string(),
  workCenterNo: z.string(),
  description: z.string(),
  setupTime: decimal(),
  runTime: decimal(),
  waitTime: decimal(),
  moveTime: decimal(),
  routingLinkCode: z.string(),
};

const status = z.enum(["NEW", "CERTIFIED", "UNDER_DEVELOPMENT", "CLOSED"]);
const version = z.int().meta({ description: 'X-2 version; the ETag is "v<version>".' });

export const itemSchema = z
  .object({
    no: z.string(),
    description: z.string(),
    description2: z.string(),
    baseUnitOfMeasure: z.string(),
    replenishmentSystem: z.string(),
    manufacturingPolicy: z.string(),
    productionBomNo: z.string().nullable(),
    routingNo: z.string().nullable(),
    scrapPercent: decimal(),
    leadTimeDays: z.int(),
    unitCost: decimal(),
    blocked: z.boolean(),
    productionBlocked: z.string(),
    version,
  })
  .meta({ id: "Item" });

export const productionBomSchema = z
  .object({
    no: z.string(),
    description: z.string(),
    unitOfMeasureCode: z.string(),
    status,
    version,
    lines: z.array(
      z
        .object({
          versionCode: z.string().nullable(),
          lineNo: z.int(),
          type: z.string(),
          no: z.string(),
          description: z.string(),
          quantityPer: decimal(),
          unitOfMeasureCode: z.string().nullable(),
          scrapPercent: decimal(),
          routingLinkCode: z.string(),
          startingDate: date.nullable(),
          endingDate: date.nullable(),
        })
        .meta({ id: "ProductionBomLine" }),
    ),
  })
  .meta({ id: "ProductionBom" });

export const routingSchema = z
  .object({
    no: z.string(),
    description: z.string(),
    status,
    version,
    lines: z.array(z.object({ versionCode: z.string().nullable(), ...routingOperationFields }).meta({ id: "RoutingLine" })),
  })
  .meta({ id: "Routing" });

export const familySchema = z
  .object({
    no: z.string(),
    description: z.string(),
    routingNo: z.string().nullable(),
    blocked: z.boolean(),
    version,
    lines: z.array(z.object({ lineNo: z.int(), itemNo: z.string(), quantity: decimal() }).meta({ id: "FamilyLine" })),
  })
  .meta({ id: "Family" });

export const salesOrderSchema = z
  .object({
    no: z.string(),
    sellToCustomerNo: z.string(),
    sellToName: z.string(),
    locationCode: z.string().nullable(),
    shipmentDate: date.nullable(),
    status: z.string(),
    version,
    lines: z.array(
      z
        .object({
          lineNo: z.int(),
          type: z.string(),
          no: z.string(),
          variantCode: z.string(),
          description: z.string(),
          quantity: decimal(),
          outstandingQuantity: decimal(),
          locationCode: z.string().nullable(),
          shipmentDate: date.nullable(),
        })
        .meta({ id: "SalesLine" }),
    ),
  })
  .meta({ id: "SalesOrder" });

export const locationSchema = z
  .object({ code: z.string(), name: z.string(), inboundHandlingDays: z.int(), version })
  .meta({ id: "Location" });

export const nextNoSchema = z
  .object({
    code: z.string(),
    nextNo: z.string().nullable().meta({ description: "The number the next draw would give; nothing is drawn." }),
  })
  .meta({ id: "NextNo" });
