"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SourcePreview } from "@/lib/services/production-orders/source-lookup";

// "Once the source is chosen the form shows what will be copied … before saving."
export function OrderPreview({ preview, sourceType }: { preview?: SourcePreview; sourceType: string }) {
  const t = useTranslations("orders");
  const f = useFormatter();
  const date = (s: string) => f.dateTime(new Date(`${s}T00:00:00Z`), { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" });
  const time = (d: Date) => f.dateTime(new Date(d), { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return (
    <aside aria-labelledby="preview-title" aria-live="polite" className="bg-white rounded border border-slate-200 p-4 text-sm" data-testid="order-preview">
      <h2 id="preview-title" className="font-medium mb-2">{t("preview")}</h2>
      {!preview ? (
        <p className="text-slate-500">{t("previewEmpty")}</p>
      ) : (
        <dl className="grid grid-cols-2 gap-y-1">
          <dt className="text-slate-600">{t("description")}</dt><dd>{preview.description}</dd>
          {preview.description2 && (<><dt className="text-slate-600">{t("description2")}</dt><dd>{preview.description2}</dd></>)}
          <dt className="text-slate-600">{t("routingNo")}</dt><dd>{preview.routingNo ?? ""}</dd>
          <dt className="text-slate-600">{t("unitCost")}</dt><dd>{sourceType === "ITEM" ? f.number(preview.unitCost, { minimumFractionDigits: 2 }) : f.number(0, { minimumFractionDigits: 2 })}</dd>
          <dt className="text-slate-600">{t("costAmount")}</dt><dd>{f.number(preview.costAmount, { minimumFractionDigits: 2 })}</dd>
          {sourceType === "SALES_HEADER" && (<><dt className="text-slate-600">{t("quantity")}</dt><dd>{f.number(preview.quantity)}</dd></>)}
          <dt className="text-slate-600">{t("locationCode")}</dt><dd>{preview.locationCode ?? ""}</dd>
          <dt className="text-slate-600">{t("dueDate")}</dt><dd>{date(preview.dueDate)}</dd>
          <dt className="text-slate-600">{t("endingDate")}</dt><dd>{date(preview.endingDate)} {time(preview.endingDateTime)}</dd>
          <dt className="text-slate-600">{t("startingDate")}</dt><dd>{date(preview.startingDate)} {time(preview.startingDateTime)}</dd>
        </dl>
      )}
    </aside>
  );
}
