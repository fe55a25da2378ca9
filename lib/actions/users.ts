"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createUser } from "@/lib/services/users/create-user";
import { disableUser, enableUser } from "@/lib/services/users/disable-user";
import { resetUserPassword } from "@/lib/services/users/reset-user-password";
import { setUserRole } from "@/lib/services/users/set-user-role";
import { createUserSchema, resetUserPasswordSchema, setUserRoleSchema, userIdSchema } from "@/lib/validation/users";

// User administration goes only through these actions (Better Auth's own admin endpoints are
// not served): each one is a use case with its rules and an audit entry.

export async function setUserRoleAction(_prev: unknown, input: unknown) {
  const result = await runAction("users.manage", setUserRoleSchema, input, (data, user) => setUserRole(data, user));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function createUserAction(_prev: unknown, input: unknown) {
  const result = await runAction("users.manage", createUserSchema, input, (data, user) => createUser(data, user));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function disableUserAction(_prev: unknown, input: unknown) {
  const result = await runAction("users.manage", userIdSchema, input, (data, user) => disableUser(data, user));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function enableUserAction(_prev: unknown, input: unknown) {
  const result = await runAction("users.manage", userIdSchema, input, (data, user) => enableUser(data, user));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function resetUserPasswordAction(_prev: unknown, input: unknown) {
  const result = await runAction("users.manage", resetUserPasswordSchema, input, (data, user) => resetUserPassword(data, user));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
