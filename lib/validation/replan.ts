import { z } from "zod";
import { REPLAN_PLANS } from "@/lib/domain/replan/plan-levels";

// The boundary of the Replan dialog (RP-1): Direction (Back by default) and Plan.

export const replanSchema = z.object({
  id: z.coerce.number({ error: "The order is unknown." }).int("The order is unknown.").positive("The order is unknown."),
  version: z.coerce.number({ error: "The order version is missing." }).int("The order version is missing.").nonnegative("The order version is missing."),
  direction: z.preprocess((v) => (v === undefined || v === "" ? "BACK" : v), z.enum(["BACK", "FORWARD"], { error: "Scheduling Direction must be Back or Forward." })),
  plan: z.preprocess((v) => (v === undefined || v === "" ? "NO_LEVELS" : v), z.enum(REPLAN_PLANS, { error: "Plan must be No Levels, One Level or All Levels." })),
});
export type ReplanInput = z.infer<typeof replanSchema>;
