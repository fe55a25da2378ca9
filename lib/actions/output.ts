"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { recordOutput } from "@/lib/services/production-orders/record-output";
import { recordOutputSchema } from "@/lib/validation/output";

// Output on a Released order's line (supervisors and admins, X-1); the session and role are
// checked by runAction whatever the card shows.
export async function recordOutputAction(_prev: unknown, input: unknown) {
  const result = await runAction("orders.output", recordOutputSchema, input, (data, user) => recordOutput(db, data, user));
  if (result.ok) revalidatePath("/production-orders", "layout");
  return result;
}
