"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { runAction, warningIn } from "@/lib/actions/run-action";
import { changeProductionOrderStatus, changeProductionOrderStatusByNo } from "@/lib/services/production-orders/change-status";
import { batchChangeStatusSchema, changeStatusSchema } from "@/lib/validation/change-status";

// ST-1 … ST-4 (supervisors and up, X-1). The result carries the new status and No. (ST-3); the
// dialog navigates there. Each action checks the session and the role itself (runAction).

export async function changeStatusAction(_prev: unknown, input: unknown) {
  const result = await runAction("orders.changeStatus", changeStatusSchema, input, async (data, user, locale) =>
    warningIn(await changeProductionOrderStatus(db, data, user), locale),
  );
  if (result.ok) revalidatePath("/production-orders", "layout");
  return result;
}

/** One order of a list selection; the batch dialog calls it order by order to show progress. */
export async function batchChangeStatusAction(input: unknown) {
  const result = await runAction("orders.changeStatus", batchChangeStatusSchema, input, async (data, user, locale) =>
    warningIn(await changeProductionOrderStatusByNo(db, data, user), locale),
  );
  if (result.ok) revalidatePath("/production-orders", "layout");
  return result;
}
