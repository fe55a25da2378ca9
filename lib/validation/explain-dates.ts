import { z } from "zod";
import { orderIdSchema } from "@/lib/validation/order-key";
import { zodMessage } from "@/lib/i18n/domain-message";

// "Why this date?": which computed date of an order card is asked about.
const lineUnknown = () => zodMessage("explainLineUnknown");
const lineNo = z.coerce.number(lineUnknown()).int(lineUnknown()).positive(lineUnknown()).max(2_147_483_647, lineUnknown());
const field = z.enum(["starting", "ending", "due"], zodMessage("explainDateUnknown"));

export const explainDateSchema = z.object({
  orderId: orderIdSchema,
  target: z.discriminatedUnion(
    "kind",
    [
      z.object({ kind: z.literal("header"), field }),
      z.object({ kind: z.literal("line"), lineNo, field }),
      z.object({ kind: z.literal("operation"), lineNo, operationNo: z.string().min(1).max(10), field: z.enum(["starting", "ending"]) }),
      z.object({ kind: z.literal("component"), lineNo, componentLineNo: lineNo }),
    ],
    zodMessage("explainDateUnknown"),
  ),
});
export type ExplainDateInput = z.infer<typeof explainDateSchema>;
