import { IntentLink as Link } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProjectionChart } from "@/components/planning/projection-chart";
import { PageHeader } from "@/components/ui/page-header";
import { getWorksheetLine } from "@/lib/data/planning-worksheet";
import type { PlanningDemand } from "@/lib/domain/planning/types";
import { renderMessage } from "@/lib/i18n/domain-message";
import type { Locale } from "@/lib/i18n/config";
import { getFormat } from "@/lib/i18n/format";

type Props = { params: Promise<{ lineNo: string }> };

export async function generateMetadata({ params }: Props) {
  return { title: (await getTranslations("planning"))("explainTitle", { lineNo: (await params).lineNo }) };
}

// PL-7 the drill-down of a worksheet line: the demands it is pegged to and the projected
// inventory over time that triggered it, with the warning's explanation.
export default async function WorksheetLinePage({ params }: Props) {
  const lineNo = Number((await params).lineNo);
  if (!Number.isInteger(lineNo) || lineNo <= 0) notFound();
  const line = await getWorksheetLine(lineNo);
  if (!line) notFound();
  const t = await getTranslations("planning");
  const f = await getFormat();
  const locale = (await getLocale()) as Locale;
  const demandText = (d: PlanningDemand) =>
    d.source.type === "SALES"
      ? t("demandSales", { documentNo: d.source.documentNo, lineNo: d.source.lineNo })
      : d.source.type === "COMPONENT"
        ? t("demandComponent", { orderNo: d.source.orderNo, status: t(d.source.orderStatus as "PLANNED") })
        : t("demandPlanningLine", { lineNo: d.source.lineNo });
  return (
    <>
      <PageHeader
        title={t("explainTitle", { lineNo })}
        subtitle={`${t(line.actionMessage as "NEW")} · ${line.itemNo} ${line.description} · ${line.locationCode} · ${f.number(line.quantity, 5)} · ${f.date(line.dueDate)}`}
      />
      {line.warningText && (
        <p role="note" className="mb-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          {renderMessage(line.warningText, locale)}
        </p>
      )}
      <section aria-labelledby="covers" className="mb-4">
        <h2 id="covers" className="font-semibold mb-1">
          {t("covers")}
        </h2>
        <table className="min-w-full text-sm bg-white border border-slate-200 rounded">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="px-3 py-1.5">{t("demand")}</th>
              <th className="px-3 py-1.5">{t("date")}</th>
              <th className="px-3 py-1.5 text-right">{t("quantity")}</th>
            </tr>
          </thead>
          <tbody>
            {line.covers.map((c, i) => (
              <tr key={i} className="border-t border-slate-100">
                <td className="px-3 py-1">{demandText(c.demand)}</td>
                <td className="px-3 py-1">{f.date(new Date(`${c.demand.date}T00:00:00Z`))}</td>
                <td className="px-3 py-1 text-right tabular-nums">{f.number(c.quantity, 5)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="projection" className="mb-4">
        <h2 id="projection" className="font-semibold mb-1">
          {t("projection")}
        </h2>
        <ProjectionChart points={line.projection.map((p) => ({ date: p.date, quantity: Number(p.quantity) }))} label={t("projection")} />
        <table className="min-w-full text-sm bg-white border border-slate-200 rounded mt-2">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="px-3 py-1.5">{t("date")}</th>
              <th className="px-3 py-1.5">{t("event")}</th>
              <th className="px-3 py-1.5 text-right">{t("quantity")}</th>
            </tr>
          </thead>
          <tbody>
            {line.projection.map((p, i) => (
              <tr key={i} className="border-t border-slate-100">
                <td className="px-3 py-1">{f.date(new Date(`${p.date}T00:00:00Z`))}</td>
                <td className="px-3 py-1">{t(`event${p.event}`)}</td>
                <td className="px-3 py-1 text-right tabular-nums">{f.number(p.quantity, 5)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <Link href="/planning-worksheet" className="text-blue-700 hover:underline text-sm">
        {t("back")}
      </Link>
    </>
  );
}
