import { z } from "zod";
import { orderIdSchema, orderVersionSchema } from "@/lib/validation/order-key";
import { REPLAN_PLANS } from "@/lib/domain/replan/plan-levels";

// The boundary of the Replan dialog (RP-1): Direction (Back by default) and Plan.

export const replanSchema = z.object({
  id: orderIdSchema,
  version: orderVersionSchema,
  direction: z.preprocess((v) => (v === undefined || v === "" ? "BACK" : v), z.enum(["BACK", "FORWARD"], { error: "Scheduling Direction must be Back or Forward." })),
  plan: z.preprocess((v) => (v === undefined || v === "" ? "NO_LEVELS" : v), z.enum(REPLAN_PLANS, { error: "Plan must be No Levels, One Level or All Levels." })),
});
export type ReplanInput = z.infer<typeof replanSchema>;
