import { z } from "zod";
import { REPLAN_PLANS } from "@/lib/domain/replan/plan-levels";
import { CREATABLE_STATUSES, SOURCE_TYPES } from "@/lib/validation/production-order";
import { routingOperationFields } from "@/lib/api/schemas/master-data";
import { date, decimal, listQuerySchema, localDateTime, plainText, STATUSES } from "@/lib/api/schemas/common";

// Production orders over the API (issue 26): the request bodies the operations accept and the
// documents they return.

const status = z.enum(STATUSES);

export const productionOrderHeaderSchema = z
  .object({
    id: z.int(),
    status,
    no: z.string(),
    description: z.string(),
    description2: z.string(),
    sourceType: z.enum(SOURCE_TYPES),
    sourceNo: z.string(),
    variantCode: z.string(),
    routingNo: z.string().nullable(),
    quantity: decimal(),
    dueDate: date.nullable(),
    startingDateTime: localDateTime.nullable(),
    endingDateTime: localDateTime.nullable(),
    locationCode: z.string().nullable(),
    creationDate: date,
    lastDateModified: date.nullable(),
    finishedDate: date.nullable(),
    version: z.int().meta({ description: 'X-2 version; the ETag is "v<version>".' }),
  })
  .meta({ id: "ProductionOrderHeader" });

export const componentSchema = z
  .object({
    lineNo: z.int(),
    itemNo: z.string(),
    variantCode: z.string(),
    description: z.string(),
    unitOfMeasureCode: z.string(),
    quantityPer: decimal(),
    scrapPercent: decimal(),
    expectedQuantity: decimal(),
    remainingQuantity: decimal(),
    routingLinkCode: z.string(),
    locationCode: z.string().nullable(),
    dueDate: date.nullable(),
    dueDateTime: localDateTime.nullable(),
  })
  .meta({ id: "ProdOrderComponent" });

export const routingLineSchema = z
  .object({
    ...routingOperationFields,
    inputQuantity: decimal(),
    startingDateTime: localDateTime.nullable(),
    endingDateTime: localDateTime.nullable(),
    previousOperationNo: z.string(),
    nextOperationNo: z.string(),
  })
  .meta({ id: "ProdOrderRoutingLine" });

export const orderLineSchema = z
  .object({
    lineNo: z.int(),
    itemNo: z.string(),
    variantCode: z.string(),
    description: z.string(),
    locationCode: z.string().nullable(),
    quantity: decimal(),
    finishedQuantity: decimal(),
    remainingQuantity: decimal(),
    unitOfMeasureCode: z.string(),
    dueDate: date.nullable(),
    startingDateTime: localDateTime.nullable(),
    endingDateTime: localDateTime.nullable(),
    productionBomNo: z.string().nullable(),
    routingNo: z.string().nullable(),
    components: z.array(componentSchema),
    routingLines: z.array(routingLineSchema),
  })
  .meta({ id: "ProdOrderLine" });

export const productionOrderSchema = productionOrderHeaderSchema
  .extend({ lines: z.array(orderLineSchema) })
  .meta({ id: "ProductionOrder", description: "An order with its lines, their components and routing lines." });

export const listOrdersQuery = listQuerySchema({
  status: status.optional(),
  sourceType: z.enum(SOURCE_TYPES).optional(),
  sourceNo: plainText(20).optional(),
  locationCode: plainText(10).optional(),
  dueFrom: z.iso.date().optional(),
  dueTo: z.iso.date().optional(),
});

export const createOrderBody = z
  .strictObject({
    status: z.enum(CREATABLE_STATUSES).optional().meta({ description: "Firm Planned when left out." }),
    no: z.string().optional().meta({ description: "Leave out to take the next number of the status's series." }),
    sourceType: z.enum(SOURCE_TYPES),
    sourceNo: z.string(),
    variantCode: z.string().optional(),
    quantity: z.number().optional().meta({ description: "Required unless the source is a sales order." }),
    dueDate: date.optional(),
    locationCode: z.string().optional(),
    refresh: z.boolean().optional().meta({ description: "Refresh the new order at once (RF-1 defaults)." }),
  })
  .meta({ id: "CreateProductionOrder" });

export const patchOrderBody = z
  .strictObject({
    description: z.string(),
    description2: z.string(),
    sourceType: z.enum(SOURCE_TYPES),
    sourceNo: z.string(),
    variantCode: z.string(),
    quantity: z.number(),
    dueDate: date.nullable(),
    locationCode: z.string().nullable(),
  })
  .partial()
  .meta({ id: "PatchProductionOrder", description: "The fields to change; the others keep their value." });

export const refreshBody = z
  .strictObject({
    direction: z.enum(["BACK", "FORWARD"]).optional(),
    calcLines: z.boolean().optional(),
    calcRoutings: z.boolean().optional(),
    calcComponents: z.boolean().optional(),
  })
  .meta({ id: "RefreshOptions", description: "RF-1: every option on and Back when left out." });

export const replanBody = z
  .strictObject({ direction: z.enum(["BACK", "FORWARD"]).optional(), plan: z.enum(REPLAN_PLANS).optional() })
  .meta({ id: "ReplanOptions" });

export const changeStatusBody = z
  .strictObject({
    newStatus: z.enum(["FIRM_PLANNED", "RELEASED", "FINISHED"]),
    confirmNoOutput: z.boolean().optional().meta({ description: "ST-4: finish although a line has no output." }),
  })
  .meta({ id: "ChangeStatus" });

export const changedStatusSchema = z
  .object({ id: z.int(), oldStatus: status, oldNo: z.string(), status, no: z.string(), version: z.int(), warning: z.string().nullable() })
  .meta({ id: "ChangedStatus" });

export const refreshResultSchema = z
  .object({
    skipped: z.boolean(),
    version: z.int(),
    lines: z.int().optional(),
    components: z.int().optional(),
    routingLines: z.int().optional(),
  })
  .meta({ id: "RefreshResult" });

export const replanResultSchema = z
  .object({
    version: z.int(),
    created: z.array(z.object({ id: z.int(), no: z.string(), itemNo: z.string(), quantity: z.string(), dueDate: date.nullable() })),
    deleted: z.array(z.object({ id: z.int(), status, no: z.string() })),
  })
  .meta({ id: "ReplanResult" });
