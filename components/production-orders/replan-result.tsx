"use client";

import { IntentLink as Link } from "@/components/ui/intent-link";
import { useTranslations } from "next-intl";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import { orderPath } from "@/lib/domain/production-order/slugs";
import type { ProdOrderStatus } from "@/lib/domain/production-order/status";
import type { ChildWhy, ReplanResult } from "@/lib/services/production-orders/replan";

// RP-2: what a replan created (links to the new orders) and deleted, in the user's notation; each
// new order says why it has its quantity (RP-3: which demand, which availability).
export function ReplanResultList({ result }: { result: ReplanResult }) {
  const t = useTranslations("replan");
  const fmt = useDayFormat();
  const date = fmt.day;
  const num = (n: string) => fmt.number(n);
  const why = (w: ChildWhy) =>
    t(Number(w.coveredBefore) === 0 ? "why" : "whyCovered", {
      needed: num(w.needed),
      orderNo: w.orderNo,
      dueDate: date(w.dueDate),
      available: num(w.available),
      onHand: num(w.onHand),
      openOutput: num(w.openOutput),
      componentDemand: num(w.componentDemand),
      salesDemand: num(w.salesDemand),
      covered: num(w.coveredBefore),
      shortage: num(w.shortage),
    });
  const status = result.status as ProdOrderStatus;
  return (
    <div
      role="status"
      className="rounded bg-green-50 border border-green-200 px-3 py-2 text-sm text-green-900 space-y-2"
      data-testid="replan-result"
    >
      <p>{t("done", { no: result.no })}</p>
      {result.created.length === 0 && result.deleted.length === 0 && <p>{t("nothingCreated")}</p>}
      {result.created.length > 0 && (
        <div>
          <h3 className="font-medium">{t("created")}</h3>
          <ul className="list-disc pl-5" data-testid="replan-created">
            {result.created.map((c) => (
              <li key={c.id}>
                <Link className="underline" href={orderPath(status, c.no)}>
                  {t("createdLine", {
                    no: c.no,
                    quantity: num(c.quantity),
                    itemNo: c.itemNo,
                    dueDate: date(c.dueDate),
                    level: c.lowLevelCode,
                  })}
                </Link>
                <ul className="text-xs text-green-950" data-testid="replan-why">
                  {c.why.map((w, i) => (
                    <li key={i}>{why(w)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.deleted.length > 0 && (
        <div>
          <h3 className="font-medium">{t("deleted")}</h3>
          <ul className="list-disc pl-5" data-testid="replan-deleted">
            {result.deleted.map((d) => (
              <li key={d.id}>{t("deletedLine", { no: d.no, quantity: num(d.quantity), itemNo: d.sourceNo })}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
