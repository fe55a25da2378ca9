import { z } from "zod";
import { orderIdSchema, orderVersionSchema } from "@/lib/validation/order-key";
import { zodMessage } from "@/lib/i18n/domain-message";

// The boundary of the refresh actions (RF-1). The dialog posts every option explicitly
// ("true"/"false"); a caller that leaves an option out gets RF-1's default: all on.

export const REFRESH_DIRECTIONS = ["BACK", "FORWARD"] as const;
export const MAX_BATCH_ORDERS = 200;
const STATUSES = ["SIMULATED", "PLANNED", "FIRM_PLANNED", "RELEASED", "FINISHED"] as const;

const option = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean()).default(true);

const direction = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? "BACK" : v),
  z.enum(REFRESH_DIRECTIONS, { ...zodMessage("directionInvalid") }),
);

const orderId = orderIdSchema;
const version = z.preprocess((v) => (v === "" || v === null ? undefined : v), orderVersionSchema.optional());
const status = z.enum(STATUSES, { ...zodMessage("anyStatusInvalid") });
const orderNo = z
  .string({ ...zodMessage("noNotText") })
  .trim()
  .min(1, zodMessage("noRequired"))
  .max(20, zodMessage("noTooLong", { max: 20 }));

const optionsShape = { direction, calcLines: option, calcRoutings: option, calcComponents: option };

/** RF-1: Calculate Lines forces Calculate Routings and Calculate Component Need. */
function forceByLines<T extends { calcLines: boolean; calcRoutings: boolean; calcComponents: boolean }>(o: T): T {
  return o.calcLines ? { ...o, calcRoutings: true, calcComponents: true } : o;
}

export const refreshOrderSchema = z.object({ id: orderId, version, ...optionsShape }).transform(forceByLines);
export type RefreshOrderInput = z.infer<typeof refreshOrderSchema>;

export const refreshOrderByNoSchema = z.object({ status, no: orderNo, ...optionsShape }).transform(forceByLines);
export type RefreshOrderByNoInput = z.infer<typeof refreshOrderByNoSchema>;

export const refreshOrdersBatchSchema = z
  .object({
    status,
    // A form posting one ticked order sends a single value, not a list.
    nos: z.preprocess(
      (v) => (typeof v === "string" ? [v] : v),
      z
        .array(orderNo, { ...zodMessage("selectOrdersToRefresh") })
        .min(1, zodMessage("selectOrdersToRefresh"))
        .max(MAX_BATCH_ORDERS, zodMessage("refreshBatchMax", { max: MAX_BATCH_ORDERS })),
    ),
    ...optionsShape,
  })
  .transform(forceByLines);
export type RefreshOrdersBatchInput = z.infer<typeof refreshOrdersBatchSchema>;
