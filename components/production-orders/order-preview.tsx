"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { OrderPreview as Preview } from "@/lib/services/production-orders/preview-production-order";

// "What the order will get": the values the create's own code computed (rolled back), so they are
// the order's. `stale`: the fields changed since, a newer answer is on its way; `failed`: the
// order could not be created as entered (the message; the fields show where).
export function OrderPreview({
  preview,
  stale,
  failed,
  sourceType,
}: {
  preview?: Preview;
  stale: boolean;
  failed?: string;
  sourceType: string;
}) {
  const t = useTranslations("orders");
  const f = useFormatter();
  const date = (s: string) =>
    f.dateTime(new Date(`${s}T00:00:00Z`), { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" });
  // As the card shows them (lib/i18n/format.ts), so the two can be read side by side.
  const dateTime = (d: Date) =>
    f.dateTime(new Date(d), { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return (
    <aside
      aria-labelledby="preview-title"
      aria-live="polite"
      aria-busy={preview && stale ? true : undefined}
      className="bg-white rounded border border-slate-200 p-4 text-sm"
      data-testid="order-preview"
    >
      <h2 id="preview-title" className="font-medium mb-2">
        {t("preview")}
      </h2>
      {!preview && !failed ? (
        <p className="text-slate-500">{t("previewEmpty")}</p>
      ) : failed ? (
        <p className="text-red-800" data-testid="preview-failed">
          {t("previewFailed", { message: failed })}
        </p>
      ) : (
        preview && (
          <>
            {stale && (
              <p className="text-slate-500 mb-1" data-testid="preview-updating">
                {t("previewUpdating")}
              </p>
            )}
            <dl className={`grid grid-cols-2 gap-y-1 ${stale ? "opacity-50" : ""}`}>
              <dt className="text-slate-600">{t("description")}</dt>
              <dd>{preview.description}</dd>
              {preview.description2 && (
                <>
                  <dt className="text-slate-600">{t("description2")}</dt>
                  <dd>{preview.description2}</dd>
                </>
              )}
              <dt className="text-slate-600">{t("routingNo")}</dt>
              <dd>{preview.routingNo ?? ""}</dd>
              <dt className="text-slate-600">{t("unitCost")}</dt>
              <dd>
                {sourceType === "ITEM"
                  ? f.number(preview.unitCost, { minimumFractionDigits: 2 })
                  : f.number(0, { minimumFractionDigits: 2 })}
              </dd>
              <dt className="text-slate-600">{t("costAmount")}</dt>
              <dd>{f.number(preview.costAmount, { minimumFractionDigits: 2 })}</dd>
              <dt className="text-slate-600">{t("quantity")}</dt>
              <dd data-testid="preview-quantity">{f.number(preview.quantity)}</dd>
              <dt className="text-slate-600">{t("locationCode")}</dt>
              <dd>{preview.locationCode ?? ""}</dd>
              <dt className="text-slate-600">{t("dueDate")}</dt>
              <dd data-testid="preview-due">
                {date(preview.dueDate)}
                {preview.dueDateDefaulted && <span className="ml-1 text-slate-500">({t("dueDateIsToday")})</span>}
              </dd>
              <dt className="text-slate-600">{t("endingDateTime")}</dt>
              <dd data-testid="preview-ending">{dateTime(preview.endingDateTime)}</dd>
              <dt className="text-slate-600">{t("startingDateTime")}</dt>
              <dd data-testid="preview-starting">{dateTime(preview.startingDateTime)}</dd>
            </dl>
            {preview.startsInPast && (
              <p
                role="status"
                className="mt-2 rounded bg-amber-50 border border-amber-300 px-2 py-1 text-amber-900"
                data-testid="preview-past"
              >
                {t("startsInPast")}
              </p>
            )}
          </>
        )
      )}
    </aside>
  );
}
