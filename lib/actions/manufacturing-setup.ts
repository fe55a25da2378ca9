"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { updateManufacturingSetup } from "@/lib/services/setup/update-manufacturing-setup";
import { updateManufacturingSetupSchema } from "@/lib/validation/manufacturing-setup";

export async function updateManufacturingSetupAction(_prev: unknown, input: unknown) {
  const result = await runAction("setup.manage", updateManufacturingSetupSchema, input, (data, user) =>
    updateManufacturingSetup(data, user),
  );
  if (result.ok) revalidatePath("/admin/manufacturing-setup");
  return result;
}
