import { Prisma } from "@/lib/generated/prisma/client";
import type { ProdOrderStatus } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/db-client";
import type { Tx } from "@/lib/services/tx";
import type { SqlTx } from "@/lib/services/sql-tx";

// every create, change, refresh, replan and status change writes an audit entry in the
// same transaction as the change itself, so the trail can never disagree with the data.

export type Actor = { id: string; email: string };

export type AuditInput = {
  action: string;
  entityType: string;
  entityKey: string;
  orderId?: number | null;
  oldStatus?: ProdOrderStatus | null;
  oldNo?: string | null;
  newStatus?: ProdOrderStatus | null;
  newNo?: string | null;
  changes?: Prisma.InputJsonValue;
};

export async function writeAudit(tx: Tx | Db, actor: Actor | null, entry: AuditInput) {
  await tx.auditEntry.create({
    data: { ...entry, userId: actor?.id ?? null, userEmail: actor?.email ?? "" },
  });
}

/** The same entry, written with SQL alone (for use cases that run on a SqlTx). */
export async function writeAuditSql(tx: SqlTx, actor: Actor | null, entry: AuditInput) {
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "AuditEntry" ("userId", "userEmail", action, "entityType", "entityKey", "orderId", "oldStatus", "oldNo", "newStatus", "newNo", changes)
    VALUES (${actor?.id ?? null}, ${actor?.email ?? ""}, ${entry.action}, ${entry.entityType}, ${entry.entityKey}, ${entry.orderId ?? null}::int,
            ${entry.oldStatus ?? null}::"ProdOrderStatus", ${entry.oldNo ?? null}, ${entry.newStatus ?? null}::"ProdOrderStatus", ${entry.newNo ?? null},
            ${entry.changes === undefined ? null : JSON.stringify(entry.changes)}::jsonb)`);
}

/** The fields that differ between two snapshots, as { field: [old, new] }. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): Prisma.InputJsonObject {
  const out: Record<string, [Primitive, Primitive]> = {};
  for (const key of Object.keys(after)) {
    const a = normalize(before[key]);
    const b = normalize(after[key]);
    if (a !== b) out[key] = [a, b];
  }
  return out;
}

type Primitive = string | number | boolean | null;

function normalize(v: unknown): Primitive {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object" && "toFixed" in (v as object)) return String(v);
  return v as string | number | boolean;
}
