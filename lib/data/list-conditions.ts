import { Prisma } from "@/lib/generated/prisma/client";
import { EFFECTIVE_LAST_NO_USED, SEQUENCE_JOIN } from "@/lib/services/no-series/series-lines";

// SQL conditions on a list's row (alias t) that a list filters on ("f_<name>=yes") and a Role
// Center cue counts with: one text for both, so a cue's count is the row count of the list it opens.

const sqlOf = (s: Prisma.Sql) => s.sql;

/** A production order whose Ending Date is after its Due Date (BC: the order will be late). */
export const ENDS_AFTER_DUE = `t."endingDateTime"::date > t."dueDate"`;

/** A production order edited (its card) after its last refresh, or edited and never refreshed. */
export const CHANGED_SINCE_REFRESH = `EXISTS (
  SELECT 1 FROM "AuditEntry" e
   WHERE e."orderId" = t.id AND e.action = 'edit'
     AND e.at > COALESCE((SELECT max(r.at) FROM "AuditEntry" r WHERE r."orderId" = t.id AND r.action = 'refresh'), '-infinity'))`;

/**
 * A sales order with an outstanding item line and no open production order made from it
 * (Source Type Sales Header, any status but Finished).
 */
export const NOT_COVERED_BY_PRODUCTION = `t."documentType" = 'ORDER'
  AND EXISTS (SELECT 1 FROM "SalesLine" l
               WHERE l."documentType" = t."documentType" AND l."documentNo" = t.no
                 AND l.type = 'ITEM' AND l."outstandingQuantity" > 0)
  AND NOT EXISTS (SELECT 1 FROM "ProductionOrder" p
                   WHERE p."sourceType" = 'SALES_HEADER' AND p."sourceNo" = t.no AND p.status <> 'FINISHED')`;

/** A number series with an open line whose Last No. Used has reached its Warning No. (NS-6). */
export const AT_WARNING_NO = `EXISTS (
  SELECT 1 FROM "NoSeriesLine" l ${sqlOf(SEQUENCE_JOIN)}
   WHERE l."seriesCode" = t.code AND l.open AND l."warningNo" <> ''
     AND ns_value(${sqlOf(EFFECTIVE_LAST_NO_USED)}) >= ns_value(l."warningNo"))`;
