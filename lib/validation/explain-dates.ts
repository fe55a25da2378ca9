import { z } from "zod";
import { orderIdSchema } from "@/lib/validation/order-key";

// "Why this date?": which computed date of an order card is asked about.
const lineNo = z.coerce.number({ error: "The line is unknown." }).int("The line is unknown.").positive("The line is unknown.").max(2_147_483_647, "The line is unknown.");
const field = z.enum(["starting", "ending", "due"], { error: "The date is unknown." });

export const explainDateSchema = z.object({
  orderId: orderIdSchema,
  target: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("header"), field }),
    z.object({ kind: z.literal("line"), lineNo, field }),
    z.object({ kind: z.literal("operation"), lineNo, operationNo: z.string().min(1).max(10), field: z.enum(["starting", "ending"]) }),
    z.object({ kind: z.literal("component"), lineNo, componentLineNo: lineNo }),
  ], { error: "The date is unknown." }),
});
export type ExplainDateInput = z.infer<typeof explainDateSchema>;
