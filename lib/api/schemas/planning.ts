import { z } from "zod";
import type { ActionMessage } from "@/lib/domain/planning/types";
import { cursorQuery, date, decimal, plainText, STATUSES } from "@/lib/api/schemas/common";

// The Planning Worksheet over the API (issue 26 on issue 25): the request bodies its operations
// accept and the documents they return. Types and required fields only: the rules (the period,
// the item filter's length, the line numbers) are the server actions' own schemas, run after these.

const ACTION_MESSAGES = [
  "NEW",
  "CHANGE_QTY",
  "RESCHEDULE",
  "RESCHEDULE_AND_CHANGE_QTY",
  "CANCEL",
] as const satisfies readonly ActionMessage[];
const actionMessage = z.enum(ACTION_MESSAGES);
const replenishmentSystem = z.enum(["PURCHASE", "PROD_ORDER"]);
const lineNo = z.int().min(1).max(2_147_483_647);

export const calculationBody = z
  .strictObject({
    startingDate: date,
    endingDate: date,
    itemFilter: z.string().optional().meta({ description: "BC filter on Item No., e.g. 1000..1200|1500 (all items when left out)." }),
  })
  .meta({ id: "CalculateRegenerativePlan" });

export const planningRunSchema = z
  .object({
    id: z.int(),
    status: z.enum(["RUNNING", "DONE", "FAILED"]),
    itemsTotal: z.int(),
    itemsDone: z.int(),
    linesCount: z.int().meta({ description: "Lines written to the worksheet (when DONE)." }),
    startedAt: z.string().meta({ format: "date-time" }),
    finishedAt: z.string().meta({ format: "date-time" }).nullable(),
    message: z.string().nullable().meta({ description: "Why a FAILED run failed, in the language of Accept-Language." }),
  })
  .meta({ id: "PlanningRun", description: "A Calculate Regenerative Plan run of the key's user: poll it until it is not RUNNING." });

export const runParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
export const lineParams = z.object({ lineNo: z.coerce.number().int().positive().max(2_147_483_647) });

export const worksheetLineSchema = z
  .object({
    lineNo: z.int(),
    actionMessage,
    acceptActionMessage: z.boolean(),
    itemNo: z.string(),
    variantCode: z.string(),
    locationCode: z.string(),
    description: z.string(),
    replenishmentSystem,
    dueDate: date,
    originalDueDate: date.nullable(),
    quantity: decimal(),
    originalQuantity: decimal().nullable(),
    startingDate: date,
    endingDate: date,
    refOrderStatus: z.enum(STATUSES).nullable(),
    refOrderNo: z.string().nullable(),
    refOrderLineNo: z.int().nullable(),
    planningLevel: z.int(),
    parentLineNo: z.int().nullable().meta({ description: "The line this make-to-order component line is carried out with (PL-8)." }),
    warning: z.enum(["EMERGENCY", "EXCEPTION", "ATTENTION"]).nullable(),
    warningText: z.string().nullable().meta({ description: "The warning's explanation, in the language of Accept-Language." }),
  })
  .meta({ id: "PlanningWorksheetLine" });

const demandSource = z.discriminatedUnion("type", [
  z.object({ type: z.literal("SALES"), documentNo: z.string(), lineNo: z.int() }),
  z.object({
    type: z.literal("COMPONENT"),
    orderStatus: z.enum(["PLANNED", "FIRM_PLANNED", "RELEASED"]),
    orderNo: z.string(),
    lineNo: z.int(),
    componentLineNo: z.int(),
  }),
  z.object({ type: z.literal("PLANNING_LINE"), lineNo: z.int() }),
]);

export const worksheetLineDetailSchema = worksheetLineSchema
  .extend({
    covers: z.array(
      z
        .object({
          demand: z.object({
            kind: z.enum(["SALES", "COMPONENT"]),
            itemNo: z.string(),
            variantCode: z.string(),
            locationCode: z.string(),
            date,
            quantity: decimal(),
            source: demandSource,
          }),
          quantity: decimal("The part of the demand this line covers."),
        })
        .meta({ id: "PeggedDemand" }),
    ),
    projection: z.array(
      z
        .object({ date, quantity: decimal(), event: z.enum(["DEMAND", "SUPPLY", "SAFETY_STOCK", "REORDER_POINT"]) })
        .meta({ id: "ProjectionPoint" }),
    ),
  })
  .meta({
    id: "PlanningWorksheetLineDetail",
    description: "A worksheet line with the demands it covers and the projection that triggered it (PL-7).",
  });

export const listLinesQuery = z.object({
  itemNo: plainText(20).optional(),
  locationCode: plainText(10).optional(),
  actionMessage: actionMessage.optional(),
  replenishmentSystem: replenishmentSystem.optional(),
  accepted: z.enum(["true", "false"]).optional().meta({ description: "Only lines whose Accept Action Message is this." }),
  ...cursorQuery,
});

export const acceptLineBody = z.strictObject({ acceptActionMessage: z.boolean() }).meta({ id: "AcceptActionMessage" });

export const acceptSelectionBody = z
  .strictObject({
    lineNos: z.union([z.literal("all"), z.array(lineNo).max(10_000)]).meta({
      description: '"all", or the Line Nos. to set (a line\'s make-to-order component lines follow it).',
    }),
    acceptActionMessage: z.boolean(),
  })
  .meta({ id: "AcceptActionMessages" });

export const acceptedSchema = z
  .object({ changed: z.int().meta({ description: "Lines whose flag was set." }) })
  .meta({ id: "AcceptedActionMessages" });

export const carryOutBody = z
  .strictObject({
    status: z
      .enum(["FIRM_PLANNED", "PLANNED"])
      .optional()
      .meta({ description: "The status of the orders New lines make (Firm Planned when left out)." }),
    lineNos: z
      .array(lineNo)
      .min(1)
      .max(10_000)
      .optional()
      .meta({
        description:
          "Carry out the accepted lines among these (the worksheet's filter, as in BC): a line that is not accepted is left out and gets no result, " +
          "a line's make-to-order component lines go with it, other lines are left as they were. A Line No. not on the worksheet refuses the call (422, nothing written). " +
          "Left out: every accepted line.",
      }),
  })
  .meta({ id: "CarryOutActionMessages" });

export const carryOutResultSchema = z
  .object({
    results: z.array(
      z
        .object({
          lineNo: z.int(),
          itemNo: z.string(),
          actionMessage,
          ok: z.boolean(),
          orderNo: z.string().nullable().meta({ description: "The order made or changed (Cancel: the one deleted)." }),
          orderStatus: z.enum(STATUSES).nullable(),
          location: z.string().nullable().meta({ description: "The order's API address (null when it was deleted or refused)." }),
          message: z.string().nullable().meta({ description: "Why the line was refused, in the language of Accept-Language." }),
        })
        .meta({ id: "CarryOutLineResult" }),
    ),
  })
  .meta({ id: "CarryOutResult" });
