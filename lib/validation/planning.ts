import { z } from "zod";
import { optionalDateSchema } from "@/lib/validation/production-order";
import { msg, zodMessage } from "@/lib/i18n/domain-message";

// The Planning Worksheet's boundary (issue 25): the Calculate Regenerative Plan dialog, Accept
// Action Message, and Carry Out Action Message.

export const calculatePlanSchema = z.object({
  startingDate: optionalDateSchema("partStartingDate").refine(
    (d) => d !== undefined,
    zodMessage("valueRequired", { field: msg("partStartingDate") }),
  ),
  endingDate: optionalDateSchema("partEndingDate").refine(
    (d) => d !== undefined,
    zodMessage("valueRequired", { field: msg("partStartingDate") }),
  ),
  itemFilter: z.string().trim().max(250).optional().default(""),
});

export const acceptActionMessagesSchema = z.object({
  lineNos: z.union([z.literal("all"), z.array(z.coerce.number().int().positive()).max(10_000)]),
  accept: z.boolean(),
});

export const carryOutSchema = z.object({
  status: z.preprocess((v) => (v === undefined || v === "" ? "FIRM_PLANNED" : v), z.enum(["FIRM_PLANNED", "PLANNED"])),
  // The worksheet's filter (Line Nos.); left out: every accepted line.
  lineNos: z.array(z.coerce.number().int().positive()).min(1).max(10_000).optional(),
});
