import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { AcceptButtons, AcceptCheckbox } from "@/components/planning/accept-buttons";
import { CalculatePlanDialog } from "@/components/planning/calculate-plan-dialog";
import { CarryOutDialog } from "@/components/planning/carry-out-dialog";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { parseListParams, type RawSearchParams } from "@/lib/data/list-params";
import { ACTION_MESSAGES, listWorksheetLines, WORKSHEET_FILTERS, WORKSHEET_SORTS } from "@/lib/data/planning-worksheet";
import { addCalendarDays } from "@/lib/domain/calendar/iso-date";
import { todayIso } from "@/lib/domain/role-center/cue-dates";
import { getFormat } from "@/lib/i18n/format";

export async function generateMetadata() {
  return { title: (await getTranslations("planning"))("title") };
}

// PL-7 the Planning Worksheet: the viewer's own lines (PL-10) with BC's columns, sorted, filtered
// and paged on the server; calculate, accept and carry out from here.
export default async function PlanningWorksheetPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const t = await getTranslations("planning");
  const f = await getFormat();
  const list = parseListParams(await searchParams, { sortable: WORKSHEET_SORTS, defaultSort: "lineNo", filters: WORKSHEET_FILTERS });
  const page = await listWorksheetLines(list);
  const today = todayIso();
  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          <div className="flex gap-2">
            <CalculatePlanDialog defaultStart={today} defaultEnd={addCalendarDays(today, 90)} />
            <CarryOutDialog />
          </div>
        }
      />
      <DataTable
        basePath="/planning-worksheet"
        caption={t("title")}
        total={page.total}
        page={page.page}
        pageSize={page.pageSize}
        sort={list.sort}
        dir={list.dir}
        filterValues={list.filters}
        exportable={false}
        selectable
        selectionActions={<AcceptButtons />}
        filters={[
          { name: "itemNo", label: t("no") },
          {
            name: "actionMessage",
            label: t("actionMessage"),
            type: "select",
            options: ACTION_MESSAGES.map((m) => ({ value: m, label: t(m) })),
          },
          { name: "locationCode", label: t("locationCode") },
          {
            name: "replenishmentSystem",
            label: t("replenishmentSystem"),
            type: "select",
            options: ["PROD_ORDER", "PURCHASE"].map((v) => ({ value: v, label: t(v) })),
          },
        ]}
        columns={[
          { key: "actionMessage", label: t("actionMessage") },
          { key: "accept", label: t("accept"), sortable: false },
          { key: "itemNo", label: t("no") },
          { key: "description", label: t("description"), sortable: false },
          { key: "dueDate", label: t("dueDate") },
          { key: "originalDueDate", label: t("originalDueDate"), sortable: false },
          { key: "quantity", label: t("quantity"), align: "right" },
          { key: "originalQuantity", label: t("originalQuantity"), align: "right", sortable: false },
          { key: "startingDate", label: t("startingDateCol") },
          { key: "endingDate", label: t("endingDateCol"), sortable: false },
          { key: "locationCode", label: t("locationCode") },
          { key: "replenishmentSystem", label: t("replenishmentSystem"), sortable: false },
          { key: "refOrderType", label: t("refOrderType"), sortable: false },
          { key: "refOrderStatus", label: t("refOrderStatus"), sortable: false },
          { key: "refOrderNo", label: t("refOrderNo"), sortable: false },
          { key: "planningLevel", label: t("planningLevel"), align: "right", sortable: false },
          { key: "lowLevelCode", label: t("lowLevelCode"), align: "right", sortable: false },
          { key: "warning", label: t("warning"), sortable: false },
          { key: "explain", label: t("explain"), sortable: false },
        ]}
        rows={page.rows.map((l) => ({
          key: String(l.lineNo),
          cells: {
            actionMessage: <span className={l.planningLevel > 0 ? "pl-4" : ""}>{t(l.actionMessage)}</span>,
            accept: <AcceptCheckbox lineNo={l.lineNo} accepted={l.acceptActionMessage} label={`${t("accept")} ${l.lineNo}`} />,
            itemNo: l.itemNo,
            description: l.description,
            dueDate: f.date(l.dueDate),
            originalDueDate: f.date(l.originalDueDate),
            quantity: f.number(l.quantity.toString(), 5),
            originalQuantity: l.originalQuantity === null ? "" : f.number(l.originalQuantity.toString(), 5),
            startingDate: f.date(l.startingDate),
            endingDate: f.date(l.endingDate),
            locationCode: l.locationCode,
            replenishmentSystem: t(l.replenishmentSystem),
            refOrderType: l.refOrderNo ? t("productionOrder") : "",
            refOrderStatus: l.refOrderStatus ? t(l.refOrderStatus as "PLANNED") : "",
            refOrderNo: l.refOrderNo ?? "",
            planningLevel: l.planningLevel,
            lowLevelCode: l.lowLevelCode,
            warning: l.warning ? t(l.warning) : "",
            explain: (
              <Link
                href={`/planning-worksheet/${l.lineNo}`}
                className="text-blue-700 hover:underline"
                aria-label={`${t("explain")} ${l.lineNo}`}
              >
                {t("explain")}
              </Link>
            ),
          },
        }))}
      />
    </>
  );
}
