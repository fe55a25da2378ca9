"use server";

import { currentSessionToken } from "@/lib/auth";
import { runAction } from "@/lib/actions/run-action";
import { changeOwnPassword } from "@/lib/services/users/change-own-password";
import { changeOwnPasswordSchema } from "@/lib/validation/users";

/** The signed-in user's own password; their other sessions end with it. */
export async function changeOwnPasswordAction(_prev: unknown, input: unknown) {
  return runAction("account.changePassword", changeOwnPasswordSchema, input, async (data, user) =>
    changeOwnPassword(data, user, await currentSessionToken()),
  );
}
