import { auth } from "@/lib/auth/better-auth";
import type { Db } from "@/lib/db-client";
import { can, type Role } from "@/lib/domain/auth/permissions";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { msg } from "@/lib/i18n/domain-message";
import { writeAudit, type Actor } from "@/lib/services/audit";
import type { CreateApiKeyInput, RevokeApiKeyInput } from "@/lib/validation/api-keys";

// A user's REST API keys (issue 26). Better Auth's API key plugin generates each key and keeps
// only its SHA-256 hash; the key itself is shown once, to whoever created it. A user manages
// their own keys; an admin manages anyone's. Revoking deletes the row, so the very next
// request with that key finds no key (lib/api/authenticate.ts reads it from the database every time).

export const MAX_KEYS_PER_USER = 20;

type KeyActor = Actor & { role: Role };

export type ApiKeySummary = { id: string; name: string | null; start: string | null; createdAt: Date; lastRequest: Date | null };
export type CreatedApiKey = ApiKeySummary & { key: string };

function mayManage(actor: KeyActor, userId: string) {
  if (userId !== actor.id && !can(actor.role, "users.manage")) throw new ForbiddenError();
}

export async function createApiKey(db: Db, input: CreateApiKeyInput, actor: KeyActor): Promise<CreatedApiKey> {
  const userId = input.userId ?? actor.id;
  mayManage(actor, userId);
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) throw new NotFoundError("partUser", { id: userId }, "userId");
  const count = await db.apikey.count({ where: { referenceId: userId } });
  if (count >= MAX_KEYS_PER_USER) throw new DomainError("API_KEY_LIMIT", msg("apiKeyLimit", { max: MAX_KEYS_PER_USER }), "name");
  // No request is passed: a server-side call may name the user (the plugin refuses that over HTTP).
  const created = await auth.api.createApiKey({ body: { name: input.name, userId } });
  await writeAudit(db, actor, {
    action: "apiKey.create",
    entityType: "ApiKey",
    entityKey: created.id,
    changes: { user: user.email, name: input.name },
  });
  return { id: created.id, name: created.name, start: created.start, createdAt: created.createdAt, lastRequest: null, key: created.key };
}

export async function revokeApiKey(db: Db, input: RevokeApiKeyInput, actor: KeyActor): Promise<{ id: string }> {
  const key = await db.apikey.findUnique({ where: { id: input.id }, select: { id: true, name: true, referenceId: true } });
  // Someone else's key is as unknown to a non-admin as a key that does not exist.
  if (!key || (key.referenceId !== actor.id && !can(actor.role, "users.manage"))) {
    throw new NotFoundError("partApiKey", { name: input.id });
  }
  await db.$transaction(async (tx) => {
    await tx.apikey.delete({ where: { id: key.id } });
    await writeAudit(tx, actor, { action: "apiKey.revoke", entityType: "ApiKey", entityKey: key.id, changes: { name: key.name } });
  });
  return { id: key.id };
}

export async function listApiKeys(db: Db, userId: string): Promise<ApiKeySummary[]> {
  return db.apikey.findMany({
    where: { referenceId: userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, start: true, createdAt: true, lastRequest: true },
  });
}
