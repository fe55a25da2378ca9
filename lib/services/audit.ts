import { Prisma } from "@/lib/generated/prisma/client";
import type { ProdOrderStatus } from "@/lib/generated/prisma/enums";
import type { SqlTx } from "@/lib/services/sql-tx";

// every create, change, refresh, replan and status change writes an audit entry in the
// same transaction as the change itself, so the trail can never disagree with the data.

/** `apiKeyId`: the change came through the REST API with this key (issue 26); absent from the app's pages. */
export type Actor = { id: string; email: string; apiKeyId?: string | null };

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

/** The entry's keys for a change to an order that keeps its status and No. (edit, refresh, replan, output). */
export function orderKeepsItsNo(order: { id: number; no: string; status: ProdOrderStatus }) {
  return {
    entityType: "ProductionOrder",
    entityKey: order.no,
    orderId: order.id,
    oldStatus: order.status,
    oldNo: order.no,
    newStatus: order.status,
    newNo: order.no,
  } satisfies Omit<AuditInput, "action">;
}

/**
 * The INSERT of one audit entry. `entityKey`/`newNo` may be SQL (the create service keys its
 * entry by the number its last statement draws).
 */
export function auditInsertSql(
  actor: Actor | null,
  entry: Omit<AuditInput, "entityKey" | "newNo"> & { entityKey: string | Prisma.Sql; newNo?: string | Prisma.Sql | null },
) {
  return Prisma.sql`
    INSERT INTO "AuditEntry" ("userId", "userEmail", "apiKeyId", action, "entityType", "entityKey", "orderId", "oldStatus", "oldNo", "newStatus", "newNo", changes)
    VALUES (${actor?.id ?? null}, ${actor?.email ?? ""}, ${actor?.apiKeyId ?? null}, ${entry.action}, ${entry.entityType}, ${entry.entityKey}, ${entry.orderId ?? null}::int,
            ${entry.oldStatus ?? null}::"ProdOrderStatus", ${entry.oldNo ?? null}, ${entry.newStatus ?? null}::"ProdOrderStatus", ${entry.newNo ?? null},
            ${entry.changes === undefined ? null : JSON.stringify(entry.changes)}::jsonb)`;
}

/** Writes one audit entry in the caller's transaction (a Prisma client or transaction, or a SqlTx). */
export async function writeAudit(tx: SqlTx, actor: Actor | null, entry: AuditInput) {
  await tx.$executeRaw(auditInsertSql(actor, entry));
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

/** diffFields with numbers compared as text, so a Decimal column read back (100) equals the number typed (100). */
export function auditDiff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const asText = (o: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(o).map(([k, v]) => [
        k,
        typeof v === "number" || (v && typeof v === "object" && "toFixed" in v) ? String(Number(v)) : v,
      ]),
    );
  return diffFields(asText(before), asText(after));
}

type Primitive = string | number | boolean | null;

function normalize(v: unknown): Primitive {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object" && "toFixed" in (v as object)) return String(v);
  return v as string | number | boolean;
}
