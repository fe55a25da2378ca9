import type { Db } from "@/lib/db-client";
import { isoDateOf } from "@/lib/domain/calendar/iso-date";
import { startsInPast } from "@/lib/domain/production-order/start-warning";
import type { CreateProductionOrderInput } from "@/lib/validation/production-order";
import type { Actor } from "@/lib/services/audit";
import { insertAndRefresh, placeholderNo, resolveNewOrder } from "@/lib/services/production-orders/create-production-order";
import type { ResolvedHeader } from "@/lib/services/production-orders/resolve-source";
import { rolledBack } from "@/lib/services/rolled-back";
import { listItemVariants } from "@/lib/services/production-orders/source-lookup";

// "What the order will get": the create form's preview runs the create's own code (resolve the
// source, insert the header, refresh it) in a transaction that is always rolled back, so the
// preview can never show a date the order does not get. No number is drawn (NS-10 peeks it).

export type OrderPreview = ResolvedHeader & {
  variants: { code: string; description: string }[];
  /** PO-3: the Due Date was blank and became today. */
  dueDateDefaulted: boolean;
  /** The order would start before now (PO-3's today, or lead times longer than the time left). */
  startsInPast: boolean;
  lines: number;
};

export async function previewProductionOrder(db: Db, input: CreateProductionOrderInput, actor: Actor): Promise<OrderPreview> {
  const { header } = await resolveNewOrder(db, input);
  const variants = input.sourceType === "ITEM" ? await listItemVariants(db, input.sourceNo) : [];
  let got: ResolvedHeader & { lines: number } = { ...header, lines: 0 };
  if (input.refresh) {
    const refreshed = await rolledBack(
      db,
      async (tx) => (await insertAndRefresh(tx, input, header, placeholderNo(), null, actor)).refreshed,
    );
    if (refreshed) got = withRefreshedDates(header, refreshed.header, refreshed.lines);
  }
  return {
    ...got,
    variants,
    dueDateDefaulted: input.sourceType !== "SALES_HEADER" && input.dueDate === undefined,
    startsInPast: startsInPast(got.startingDateTime, new Date()),
  };
}

/** The header as the create's last statement writes it: the refresh's dates where it has them. */
function withRefreshedDates(
  header: ResolvedHeader,
  dates: { startingDateTime: Date | null; endingDateTime: Date | null; dueDate: string | null },
  lines: number,
): ResolvedHeader & { lines: number } {
  const startingDateTime = dates.startingDateTime ?? header.startingDateTime;
  const endingDateTime = dates.endingDateTime ?? header.endingDateTime;
  return {
    ...header,
    dueDate: dates.dueDate ?? header.dueDate,
    startingDateTime,
    endingDateTime,
    startingDate: isoDateOf(startingDateTime),
    endingDate: isoDateOf(endingDateTime),
    lines,
  };
}
