import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { pgFailure } from "@/lib/services/db-errors";
import type { Tx } from "@/lib/services/tx";
import { listOf, msg, type CaptionKey, type Message, type MessageKey, type MessageParam } from "@/lib/i18n/domain-message";

// Rules every master-data use case shares: stale versions are refused, keys are unique,
// and nothing that other records refer to is deleted — the message names what refers to it.
// Records are named by their label fragment, e.g. msg("partWorkCenter", { no }).

export function staleError(record: Message) {
  return new DomainError("STALE", msg("recordChanged", { record }));
}

export function existsError(record: Message, field: string) {
  return new DomainError("EXISTS", msg("recordExists", { record }), field);
}

export function notFoundError(record: Message, field?: string) {
  return new DomainError("NOT_FOUND", msg("recordNotFound", { record }), field);
}

const MAX_NAMED = 8;

const uniqueNames = (names: Message[]) => [...new Map(names.map((n) => [JSON.stringify(n), n])).values()];

/** "A", "A and B", "A, B and C" — at most MAX_NAMED names, then "and N more". */
export function joinNames(names: Message[]): MessageParam {
  const unique = uniqueNames(names);
  const shown: MessageParam[] = unique.slice(0, MAX_NAMED);
  if (unique.length > MAX_NAMED) shown.push(msg("partMore", { count: unique.length - MAX_NAMED }));
  return listOf(shown);
}

/** "refers" for one referrer, "refer" for several: the message key of each. */
export function inUseKey(names: Message[], one: MessageKey, several: MessageKey): MessageKey {
  return uniqueNames(names).length === 1 ? one : several;
}

/** Throws when anything refers to the record; otherwise returns. */
export function refuseIfReferenced(record: Message, referrers: Message[], field?: string) {
  if (referrers.length === 0) return;
  throw new DomainError(
    "IN_USE",
    msg(inUseKey(referrers, "recordInUse", "recordInUsePlural"), { record, referrers: joinNames(referrers) }),
    field,
  );
}

const ORDER_LABELS = {
  SIMULATED: "partSimulatedOrder",
  PLANNED: "partPlannedOrder",
  FIRM_PLANNED: "partFirmPlannedOrder",
  RELEASED: "partReleasedOrder",
  FINISHED: "partFinishedOrder",
} as const satisfies Record<string, CaptionKey>;

/** "Firm Planned production order 101003" for each production order the filter finds. */
export async function productionOrdersWhere(tx: Tx, where: Prisma.ProductionOrderWhereInput): Promise<Message[]> {
  const orders = await tx.productionOrder.findMany({
    where,
    select: { status: true, no: true },
    orderBy: [{ status: "asc" }, { no: "asc" }],
    take: MAX_NAMED + 1,
  });
  return orders.map((o) => msg(ORDER_LABELS[o.status], { no: o.no }));
}

/** Ids of the orders whose components match (components have no relation to filter through). */
export async function ordersWithComponents(tx: Tx, where: Prisma.ProdOrderComponentWhereInput): Promise<number[]> {
  const rows = await tx.prodOrderComponent.findMany({ where, select: { orderId: true }, distinct: ["orderId"], take: MAX_NAMED + 1 });
  return rows.map((r) => r.orderId);
}

export const salesDocumentName = (type: "ORDER" | "QUOTE", no: string) =>
  msg(type === "ORDER" ? "partSalesOrder" : "partSalesQuote", { no });

/**
 * The last line of defence behind the reference checks: a foreign key that refuses the delete
 * (a referrer created between the check and the delete, or one the checks do not know) still
 * gets a clear message instead of "Something went wrong".
 */
export async function withForeignKeyGuard<T>(record: Message, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const failure = pgFailure(e);
    // 23503 foreign_key_violation (NO ACTION keys, trigger guards), 23001 restrict_violation.
    if (failure?.code !== "23503" && failure?.code !== "23001") throw e;
    // detail: Key (no)=(1100) is still referenced from table "ProdOrderLine".
    const table =
      /from table "([^"]+)"/.exec(failure.detail ?? "")?.[1] ?? [...failure.message.matchAll(/on table "([^"]+)"/g)].at(-1)?.[1];
    const what = table ? msg("partTableRecords", { table: table.replace(/([a-z])([A-Z])/g, "$1 $2") }) : msg("partOtherRecords");
    throw new DomainError("IN_USE", msg("recordInUsePlural", { record, referrers: what }));
  }
}

/** A referenced record that must exist (e.g. a Location Code on a line). */
export async function missingKeys(keys: (string | null | undefined)[], load: (keys: string[]) => Promise<string[]>): Promise<Set<string>> {
  const wanted = [...new Set(keys.filter((k): k is string => !!k))];
  if (wanted.length === 0) return new Set();
  const found = new Set(await load(wanted));
  return new Set(wanted.filter((k) => !found.has(k)));
}
