import type { DbClient } from "./unique";

export type BulkOrdersOptions = {
  status: "SIMULATED" | "PLANNED" | "FIRM_PLANNED" | "RELEASED" | "FINISHED";
  /** No. prefix (≤ 12 characters); Nos. read `<prefix><8-digit number>`. */
  prefix: string;
  count: number;
  /** Due dates spread over this many days from 2027-01-01 (many orders share one); every 13th has none. */
  dueDays?: number;
};

/**
 * Many production-order headers in ONE `INSERT … SELECT generate_series` (no lines, no number
 * series): list and export fixtures of any size in a second or two. Source types take turns,
 * quantities and due dates repeat, so sorts on those columns meet ties and NULLs. Analyzes the
 * table afterwards.
 */
export async function insertBulkOrders(db: DbClient, o: BulkOrdersOptions): Promise<number> {
  if (o.prefix.length > 12) throw new Error(`insertBulkOrders: prefix "${o.prefix}" is longer than 12 characters`);
  const days = o.dueDays ?? 30;
  const inserted = await db.$executeRaw`
    INSERT INTO "ProductionOrder" (status, no, description, "sourceType", "sourceNo", quantity, "dueDate",
                                   "startingDateTime", "endingDateTime", "creationDate", "updatedAt")
    SELECT ${o.status}::"ProdOrderStatus", ${o.prefix} || lpad(g::text, 8, '0'), 'Bulk order ' || g,
           (ARRAY['ITEM', 'FAMILY', 'SALES_HEADER'])[1 + g % 3]::"ProdOrderSourceType", 'BULK-' || (g % 50),
           1 + g % 97, CASE WHEN g % 13 = 0 THEN NULL ELSE date '2027-01-01' + (g % ${days}) END,
           timestamp '2026-12-01 08:00' + (g % 500) * interval '1 hour', timestamp '2026-12-01 16:00' + (g % 500) * interval '1 hour',
           current_date, now()
      FROM generate_series(1, ${o.count}::int) AS g`;
  // As autovacuum would soon after a bulk load: without statistics the planner takes the new
  // rows for a handful and picks plans that read all of them for every page.
  await db.$executeRaw`ANALYZE "ProductionOrder"`;
  return inserted;
}
