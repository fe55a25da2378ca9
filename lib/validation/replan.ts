import { z } from "zod";
import { orderIdSchema, orderVersionSchema } from "@/lib/validation/order-key";
import { REPLAN_PLANS } from "@/lib/domain/replan/plan-levels";
import { zodMessage } from "@/lib/i18n/domain-message";

// The boundary of the Replan dialog (RP-1): Direction (Back by default) and Plan.

export const replanSchema = z.object({
  id: orderIdSchema,
  version: orderVersionSchema,
  direction: z.preprocess(
    (v) => (v === undefined || v === "" ? "BACK" : v),
    z.enum(["BACK", "FORWARD"], { ...zodMessage("directionInvalid") }),
  ),
  plan: z.preprocess((v) => (v === undefined || v === "" ? "NO_LEVELS" : v), z.enum(REPLAN_PLANS, { ...zodMessage("planInvalid") })),
});
export type ReplanInput = z.infer<typeof replanSchema>;
