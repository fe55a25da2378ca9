import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { pgFailure } from "@/lib/services/db-errors";
import type { Tx } from "@/lib/services/tx";

// Rules every master-data use case shares: stale versions are refused, keys are unique,
// and nothing that other records refer to is deleted — the message names what refers to it.

export function staleError(entity: string, key: string) {
  return new DomainError("STALE", `${entity} ${key} was changed by someone else. Reload it.`, undefined, { entity, key });
}

export function existsError(entity: string, key: string, field: string) {
  return new DomainError("EXISTS", `${entity} ${key} already exists.`, field, { entity, key });
}

export function notFoundError(entity: string, key: string, field?: string) {
  return new DomainError("NOT_FOUND", `${entity} ${key} does not exist.`, field, { what: entity, key });
}

const MAX_NAMED = 8;

/** "A", "A and B", "A, B and C" — at most MAX_NAMED names, then "and N more". */
export function joinNames(names: string[]): string {
  const unique = [...new Set(names)];
  const shown = unique.slice(0, MAX_NAMED);
  if (unique.length > MAX_NAMED) shown.push(`${unique.length - MAX_NAMED} more`);
  return shown.length <= 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

/** Throws when anything refers to the record; otherwise returns. */
export function refuseIfReferenced(entity: string, key: string, referrers: string[], field?: string) {
  if (referrers.length === 0) return;
  const list = joinNames(referrers);
  const verb = new Set(referrers).size === 1 ? "refers" : "refer";
  throw new DomainError("IN_USE", `${entity} ${key} cannot be deleted because ${list} ${verb} to it.`, field, { entity, key, referrers: list });
}

const STATUS_CAPTIONS = {
  SIMULATED: "Simulated",
  PLANNED: "Planned",
  FIRM_PLANNED: "Firm Planned",
  RELEASED: "Released",
  FINISHED: "Finished",
} as const;

/** "Firm Planned production order 101003" for each production order the filter finds. */
export async function productionOrdersWhere(tx: Tx, where: Prisma.ProductionOrderWhereInput): Promise<string[]> {
  const orders = await tx.productionOrder.findMany({
    where,
    select: { status: true, no: true },
    orderBy: [{ status: "asc" }, { no: "asc" }],
    take: MAX_NAMED + 1,
  });
  return orders.map((o) => `${STATUS_CAPTIONS[o.status]} production order ${o.no}`);
}

/** Ids of the orders whose components match (components have no relation to filter through). */
export async function ordersWithComponents(tx: Tx, where: Prisma.ProdOrderComponentWhereInput): Promise<number[]> {
  const rows = await tx.prodOrderComponent.findMany({ where, select: { orderId: true }, distinct: ["orderId"], take: MAX_NAMED + 1 });
  return rows.map((r) => r.orderId);
}

export const salesDocumentName = (type: "ORDER" | "QUOTE", no: string) => `${type === "ORDER" ? "Sales Order" : "Sales Quote"} ${no}`;

/**
 * The last line of defence behind the reference checks: a foreign key that refuses the delete
 * (a referrer created between the check and the delete, or one the checks do not know) still
 * gets a clear message instead of "Something went wrong".
 */
export async function withForeignKeyGuard<T>(entity: string, key: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const failure = pgFailure(e);
    // 23503 foreign_key_violation (NO ACTION keys, trigger guards), 23001 restrict_violation.
    if (failure?.code !== "23503" && failure?.code !== "23001") throw e;
    // detail: Key (no)=(1100) is still referenced from table "ProdOrderLine".
    const table = /from table "([^"]+)"/.exec(failure.detail ?? "")?.[1] ?? [...failure.message.matchAll(/on table "([^"]+)"/g)].at(-1)?.[1];
    const what = table ? `${table.replace(/([a-z])([A-Z])/g, "$1 $2")} records` : "other records";
    throw new DomainError("IN_USE", `${entity} ${key} cannot be deleted because ${what} refer to it.`, undefined, { entity, key, referrers: what });
  }
}

/** A referenced record that must exist (e.g. a Location Code on a line). */
export async function missingKeys(keys: (string | null | undefined)[], load: (keys: string[]) => Promise<string[]>): Promise<Set<string>> {
  const wanted = [...new Set(keys.filter((k): k is string => !!k))];
  if (wanted.length === 0) return new Set();
  const found = new Set(await load(wanted));
  return new Set(wanted.filter((k) => !found.has(k)));
}
