"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { runAction, warningIn } from "@/lib/actions/run-action";
import { replanProductionOrder } from "@/lib/services/production-orders/replan";
import { replanSchema } from "@/lib/validation/replan";

// RP-1 … RP-3 (supervisors and up, X-1): the result lists the orders created and deleted.
export async function replanAction(_prev: unknown, input: unknown) {
  const result = await runAction("orders.replan", replanSchema, input, async (data, user, locale) =>
    warningIn(await replanProductionOrder(db, data, user), locale),
  );
  if (result.ok) revalidatePath("/production-orders", "layout");
  return result;
}
