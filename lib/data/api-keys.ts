import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { listApiKeys } from "@/lib/services/api-keys/api-keys";

// The API keys a page shows: the viewer's own (profile page), or any user's for an admin.

const stamp = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");

export async function apiKeysOf(userId?: string) {
  const viewer = await requireViewer(userId ? "users.manage" : "account.apiKeys");
  const keys = await listApiKeys(db, userId ?? viewer.id);
  return keys.map((k) => ({
    id: k.id,
    name: k.name,
    start: k.start,
    createdAt: stamp(k.createdAt),
    lastRequest: k.lastRequest ? stamp(k.lastRequest) : null,
  }));
}

export async function userForCard(userId: string) {
  await requireViewer("users.manage");
  return db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, role: true } });
}
