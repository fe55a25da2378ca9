"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { setUserRole } from "@/lib/services/users/set-user-role";
import { setUserRoleSchema } from "@/lib/validation/users";

export async function setUserRoleAction(_prev: unknown, input: unknown) {
  const result = await runAction("users.manage", setUserRoleSchema, input, (data, user) => setUserRole(data, user));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
