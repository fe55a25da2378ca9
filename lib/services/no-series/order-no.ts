import { Prisma, type ManufacturingSetup } from "@/lib/generated/prisma/client";
import type { ProdOrderStatus } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/db-client";
import { DomainError } from "@/lib/errors";
import { loadSetup } from "@/lib/services/production-orders/resolve-source";
import { msg } from "@/lib/i18n/domain-message";

// Production orders' numbers (PO-3, ST-3, RP-2), through the facade (document-no.ts): which series
// a status numbers from, and the one statement, run LAST in the transaction, that draws the
// number(s) with po_take_next_no (prisma/functions/po_take_next_no.sql: ns_take_next, skipping
// numbers entered by hand) and stamps them on the order(s). Create, change status and replan
// all number through here.

export type NumberedStatus = Exclude<ProdOrderStatus, "FINISHED">;

const SERIES_FIELD = {
  SIMULATED: "simulatedOrderNos",
  PLANNED: "plannedOrderNos",
  FIRM_PLANNED: "firmPlannedOrderNos",
  RELEASED: "releasedOrderNos",
} as const;
const SERIES_MISSING = {
  SIMULATED: "simulatedSeriesMissing",
  PLANNED: "plannedSeriesMissing",
  FIRM_PLANNED: "firmPlannedSeriesMissing",
  RELEASED: "releasedSeriesMissing",
} as const;

/** The series Manufacturing Setup names for orders of `status` (the setup read already may be passed). */
export async function seriesForStatus(db: Db, status: NumberedStatus, setup?: ManufacturingSetup) {
  setup ??= await loadSetup(db);
  const code = setup[SERIES_FIELD[status]];
  if (!code) {
    throw new DomainError("SERIES_MISSING", msg(SERIES_MISSING[status]), "no");
  }
  return code;
}

/**
 * The last statement of a transaction that numbers ONE order: draws its number, sets it (and
 * `set`, more columns of the same UPDATE) on the order, and inserts `audit(no)`. Answers one row
 * { no, warning } for drawnNo.
 */
export function numberOrderSql(o: {
  orderId: number;
  series: string;
  date: string;
  status: ProdOrderStatus;
  set: Prisma.Sql;
  audit: (no: Prisma.Sql) => Prisma.Sql;
}): Prisma.Sql {
  return Prisma.sql`
    WITH n AS MATERIALIZED (SELECT * FROM po_take_next_no(${o.series}, ${o.date}::date, ${o.status}::"ProdOrderStatus")),
         u AS (UPDATE "ProductionOrder" SET no = (SELECT no FROM n), ${o.set} WHERE id = ${o.orderId} RETURNING no),
         a AS (${o.audit(Prisma.sql`(SELECT no FROM n)`)})
    SELECT u.no, n.warning FROM u, n`;
}

/**
 * For a statement that numbers MANY orders at once: an expression drawing one number per row of
 * its FROM, as text "<no>|<true|false>" (number and warning; read them with split_part). `row`
 * is an integer that differs per row.
 */
export function orderNoPerRowSql(o: { series: string; date: string; status: ProdOrderStatus; row: Prisma.Sql }): Prisma.Sql {
  // "+ 0 * row" ties the call to the row: a function scan whose arguments do not change would be
  // rewound on rescan, handing every row the same number.
  return Prisma.sql`(SELECT x.no || '|' || x.warning::text
              FROM po_take_next_no(${o.series}, ${o.date}::date + 0 * ${o.row}, ${o.status}::"ProdOrderStatus") x)`;
}
