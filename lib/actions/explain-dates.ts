"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { explainOrderDates, type DateExplanation } from "@/lib/services/production-orders/explain-order-dates";
import { explainDateSchema } from "@/lib/validation/explain-dates";

/** "Why this date?" on the order card: anyone who may read orders may ask; nothing is written. */
export async function explainOrderDateAction(input: unknown): Promise<ActionResult<DateExplanation>> {
  return runAction("orders.read", explainDateSchema, input, ({ orderId, target }) => explainOrderDates(orderId, target));
}
