import { IntentLink as Link } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { listProductionOrders, ORDER_FILTERS, ORDER_SORTS } from "@/lib/data/production-orders";
import { parseListParams, type RawSearchParams } from "@/lib/data/list-params";
import { orderPath, statusFromSlug, STATUS_SLUGS } from "@/lib/domain/production-order/slugs";
import { getFormat } from "@/lib/i18n/format";
import { canBatch, ListBatchActions } from "@/components/production-orders/list-batch-actions";

type Props = { params: Promise<{ status: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props) {
  const status = statusFromSlug((await params).status);
  return { title: status ? (await getTranslations("orders"))(`list.${status}`) : undefined };
}

export default async function ProductionOrdersPage({ params, searchParams }: Props) {
  const status = statusFromSlug((await params).status);
  if (!status) notFound();
  const sp = await searchParams;
  const t = await getTranslations("orders");
  const tf = await getTranslations("listFilters");
  const yes = [{ value: "yes", label: tf("yes") }];
  const f = await getFormat();
  const list = parseListParams(sp, { sortable: ORDER_SORTS, defaultSort: "no", defaultDir: "desc", filters: ORDER_FILTERS });
  const page = await listProductionOrders(status, list);
  const canCreate = ["SIMULATED", "PLANNED", "FIRM_PLANNED"].includes(status) && (await userCan("orders.create"));
  const batch = await canBatch(status);
  const deleted = typeof sp.deleted === "string" ? sp.deleted : null;
  return (
    <>
      <PageHeader
        title={t(`list.${status}`)}
        actions={
          canCreate ? (
            <Link href={`/production-orders/new?status=${status}`} className={buttonClass()} data-shortcut="new" aria-keyshortcuts="Alt+N">
              {t("new")}
            </Link>
          ) : undefined
        }
      />
      {deleted && (
        <p role="status" className="mb-2 rounded bg-green-50 border border-green-200 px-3 py-2 text-sm text-green-800">
          {t("deleted", { no: deleted })}
        </p>
      )}
      <DataTable
        basePath={`/production-orders/${STATUS_SLUGS[status]}`}
        caption={t(`list.${status}`)}
        {...page}
        sort={list.sort}
        dir={list.dir}
        filterValues={list.filters}
        selectable={batch}
        selectionActions={batch ? <ListBatchActions status={status} /> : undefined}
        filters={[
          { name: "no", label: t("no") },
          { name: "description", label: t("description") },
          {
            name: "sourceType",
            label: t("sourceType"),
            type: "select",
            options: ["ITEM", "FAMILY", "SALES_HEADER"].map((s) => ({ value: s, label: t(`sourceTypes.${s}`) })),
          },
          { name: "sourceNo", label: t("sourceNo") },
          { name: "dueFrom", label: t("dueFrom"), type: "date" },
          { name: "dueTo", label: t("dueTo"), type: "date" },
          { name: "startFrom", label: tf("startFrom"), type: "date" },
          { name: "startTo", label: tf("startTo"), type: "date" },
          { name: "endFrom", label: tf("endFrom"), type: "date" },
          { name: "endTo", label: tf("endTo"), type: "date" },
          { name: "locationCode", label: t("locationCode") },
          { name: "endsAfterDue", label: tf("endsAfterDue"), type: "select", options: yes },
          { name: "changedSinceRefresh", label: tf("changedSinceRefresh"), type: "select", options: yes },
        ]}
        columns={[
          { key: "no", label: t("no") },
          { key: "description", label: t("description") },
          { key: "sourceType", label: t("sourceType") },
          { key: "sourceNo", label: t("sourceNo") },
          { key: "quantity", label: t("quantity"), align: "right" },
          { key: "dueDate", label: t("dueDate") },
          { key: "startingDateTime", label: t("startingDateTime") },
          { key: "endingDateTime", label: t("endingDateTime") },
          { key: "locationCode", label: t("locationCode") },
        ]}
        rows={page.rows.map((o) => ({
          key: o.no,
          href: orderPath(status, o.no),
          cells: {
            no: o.no,
            description: o.description,
            sourceType: t(`sourceTypes.${o.sourceType}`),
            sourceNo: o.sourceNo,
            quantity: f.number(o.quantity, 5),
            dueDate: f.date(o.dueDate),
            startingDateTime: f.dateTime(o.startingDateTime),
            endingDateTime: f.dateTime(o.endingDateTime),
            locationCode: o.locationCode,
          },
        }))}
      />
    </>
  );
}
