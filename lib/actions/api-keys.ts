"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { createApiKey, revokeApiKey } from "@/lib/services/api-keys/api-keys";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/validation/api-keys";

// REST API keys (issue 26) from the profile page (one's own) and the admin's user card (anyone's:
// the service checks "users.manage" when the key is not the user's own).

export async function createApiKeyAction(_prev: unknown, input: unknown) {
  const result = await runAction("account.apiKeys", createApiKeySchema, input, (data, user) => createApiKey(db, data, user));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function revokeApiKeyAction(_prev: unknown, input: unknown) {
  const result = await runAction("account.apiKeys", revokeApiKeySchema, input, (data, user) => revokeApiKey(db, data, user));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
