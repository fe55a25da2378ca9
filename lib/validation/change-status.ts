import { z } from "zod";
import { orderIdSchema, orderVersionSchema } from "@/lib/validation/order-key";
import { zodMessage } from "@/lib/i18n/domain-message";

// The boundary of the Change Status dialog and the batch change (ST-1 … ST-4). Which transition
// is allowed is not decided here but by lib/domain/production-order/status.ts, in the service.

const orderId = orderIdSchema;
const version = orderVersionSchema;
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const newStatusSchema = z.enum(["FIRM_PLANNED", "RELEASED", "FINISHED"], {
  ...zodMessage("newStatusInvalid"),
});
export const fromStatusSchema = z.enum(["SIMULATED", "PLANNED", "FIRM_PLANNED", "RELEASED", "FINISHED"], {
  ...zodMessage("anyStatusInvalid"),
});

/** One order from its card: the version the dialog was opened on. */
export const changeStatusSchema = z.object({
  id: orderId,
  version,
  newStatus: newStatusSchema,
  /** ST-4: the user confirmed finishing although a line has no output. */
  confirmNoOutput: checkbox.optional().default(false),
});
export type ChangeStatusInput = z.infer<typeof changeStatusSchema>;

/** One order of a list selection, by its key (the list shows no versions). */
export const batchChangeStatusSchema = z.object({
  status: fromStatusSchema,
  no: z
    .string({ ...zodMessage("noNotText") })
    .trim()
    .min(1, zodMessage("noRequired"))
    .max(20, zodMessage("noTooLong", { max: 20 })),
  newStatus: newStatusSchema,
  confirmNoOutput: checkbox.optional().default(false),
});
export type BatchChangeStatusInput = z.infer<typeof batchChangeStatusSchema>;
