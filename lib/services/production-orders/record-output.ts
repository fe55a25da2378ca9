import type { Db } from "@/lib/db-client";
import { applyOutput } from "@/lib/domain/production-order/output";
import type { ProdOrderStatus } from "@/lib/domain/production-order/status";
import { ConcurrencyError, DomainError, NotFoundError } from "@/lib/errors";
import type { RecordOutputInput } from "@/lib/validation/output";
import { msg } from "@/lib/i18n/domain-message";
import { auditInsertSql, type Actor, orderKeepsItsNo } from "@/lib/services/audit";
import { statusCaption } from "@/lib/services/production-orders/change-status-checks";
import { today } from "@/lib/services/production-orders/resolve-source";
import { withRetry } from "@/lib/services/retry";

// Output: BC's Production Journal reduced to output. A supervisor records the Output Quantity of
// one line of a Released order; as BC's output posting does, it is added at once to the item's
// inventory on hand at the line's location (and variant), so availability (RP-3: on hand + the
// open orders' Quantity − Finished Quantity) counts it exactly once, before and after Finish,
// and planning sees it as inventory. One transaction: the order row locked and its version
// checked, the line, the inventory and the audit entry in one statement.

export type RecordedOutput = {
  id: number;
  version: number;
  lineNo: number;
  finishedQuantity: string;
  remainingQuantity: string;
  inventory: string;
};

type OrderRow = { id: number; no: string; status: ProdOrderStatus; version: number };
type LineRow = {
  id: number;
  lineNo: number;
  itemNo: string;
  variantCode: string;
  locationCode: string | null;
  quantity: string;
  finishedQuantity: string;
  productionBlocked: string;
};

export async function recordOutput(db: Db, input: RecordOutputInput, actor: Actor): Promise<RecordedOutput> {
  return withRetry(() =>
    db.$transaction(async (tx) => {
      const [order] = await tx.$queryRaw<OrderRow[]>`
      SELECT id, no, status::text AS status, version FROM "ProductionOrder" WHERE id = ${input.id} FOR UPDATE`;
      if (!order) throw new NotFoundError("partProductionOrder", { no: input.id });
      if (order.version !== input.version) throw new ConcurrencyError();
      if (order.status !== "RELEASED") {
        throw new DomainError(
          "OUTPUT_NOT_RELEASED",
          msg("outputNotReleased", { no: order.no, status: msg(statusCaption(order.status)) }),
          "outputQuantity",
        );
      }
      const [line] = await tx.$queryRaw<LineRow[]>`
      SELECT l.id, l."lineNo", l."itemNo", l."variantCode", l."locationCode", trim_scale(l.quantity)::text AS quantity,
             trim_scale(l."finishedQuantity")::text AS "finishedQuantity", i."productionBlocked"::text AS "productionBlocked"
      FROM "ProdOrderLine" l JOIN "Item" i ON i.no = l."itemNo"
      WHERE l."orderId" = ${order.id} AND l."lineNo" = ${input.lineNo}`;
      if (!line)
        throw new DomainError("LINE_NOT_FOUND", msg("outputLineNotFound", { lineNo: input.lineNo, no: order.no }), "outputQuantity");
      // ST-2's rule holds for output too: BC refuses to post output of a Production Blocked item.
      if (line.productionBlocked === "OUTPUT") {
        throw new DomainError("RELEASE_BLOCKED", msg("releaseBlocked", { no: line.itemNo }), "outputQuantity");
      }
      // Inventory is kept per location: a line without one has nowhere to put its output.
      if (!line.locationCode) {
        throw new DomainError(
          "OUTPUT_LOCATION_REQUIRED",
          msg("outputLocationRequired", { lineNo: line.lineNo, no: order.no }),
          "outputQuantity",
        );
      }
      const applied = applyOutput(line, input.outputQuantity);
      if (!applied.ok) {
        throw applied.reason === "ZERO"
          ? new DomainError("OUTPUT_ZERO", msg("outputZero"), "outputQuantity")
          : new DomainError(
              "OUTPUT_BELOW_ZERO",
              msg("outputBelowZero", { lineNo: line.lineNo, finished: line.finishedQuantity }),
              "outputQuantity",
            );
      }

      const audit = auditInsertSql(actor, {
        ...orderKeepsItsNo(order),
        action: "output",
        changes: {
          lineNo: line.lineNo,
          itemNo: line.itemNo,
          locationCode: line.locationCode,
          outputQuantity: input.outputQuantity,
          finishedQuantity: [line.finishedQuantity, applied.finishedQuantity],
        },
      });
      const [written] = await tx.$queryRaw<{ version: number; inventory: string }[]>`
      WITH l AS (
        UPDATE "ProdOrderLine" SET "finishedQuantity" = ${applied.finishedQuantity}::numeric, "remainingQuantity" = ${applied.remainingQuantity}::numeric
        WHERE id = ${line.id} RETURNING id
      ), inv AS (
        INSERT INTO "InventoryBalance" ("itemNo", "variantCode", "locationCode", quantity)
        VALUES (${line.itemNo}, ${line.variantCode}, ${line.locationCode}, ${input.outputQuantity}::numeric)
        ON CONFLICT ("itemNo", "variantCode", "locationCode") DO UPDATE SET quantity = "InventoryBalance".quantity + EXCLUDED.quantity
        RETURNING quantity
      ), o AS (
        UPDATE "ProductionOrder" SET version = version + 1, "lastDateModified" = ${today()}::date, "updatedAt" = now() AT TIME ZONE 'UTC'
        WHERE id = ${order.id} AND version = ${order.version} RETURNING version
      ), a AS (${audit})
      SELECT (SELECT version FROM o) AS version, (SELECT trim_scale(quantity)::text FROM inv) AS inventory, (SELECT count(*) FROM l) AS lines`;
      if (written?.version == null) throw new ConcurrencyError();
      return {
        id: order.id,
        version: written.version,
        lineNo: line.lineNo,
        finishedQuantity: applied.finishedQuantity,
        remainingQuantity: applied.remainingQuantity,
        inventory: written.inventory,
      };
    }),
  );
}
