import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { parseListParams, type RawSearchParams } from "@/lib/data/list-params";
import { listNoSeries, NO_SERIES_FILTERS, NO_SERIES_SORTS } from "@/lib/data/no-series";
import { getFormat } from "@/lib/i18n/format";

export async function generateMetadata() {
  return { title: (await getTranslations("noSeries"))("title") };
}

export default async function NoSeriesListPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  if (!(await userCan("noSeries.manage"))) return <Forbidden />;
  const t = await getTranslations("noSeries");
  const tf = await getTranslations("listFilters");
  const f = await getFormat();
  const params = parseListParams(await searchParams, { sortable: NO_SERIES_SORTS, defaultSort: "code", filters: NO_SERIES_FILTERS });
  const page = await listNoSeries(params);
  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          <Link href="/admin/number-series/new" className={buttonClass()} data-shortcut="new" aria-keyshortcuts="Alt+N">
            {t("new")}
          </Link>
        }
      />
      <DataTable
        basePath="/admin/number-series"
        caption={t("title")}
        {...page}
        sort={params.sort}
        dir={params.dir}
        filterValues={params.filters}
        filters={[
          { name: "code", label: t("code") },
          { name: "description", label: t("description") },
          { name: "atWarning", label: tf("atWarning"), type: "select", options: [{ value: "yes", label: tf("yes") }] },
        ]}
        columns={[
          { key: "code", label: t("code") },
          { key: "description", label: t("description") },
          { key: "defaultNos", label: t("defaultNos") },
          { key: "manualNos", label: t("manualNos") },
          { key: "dateOrder", label: t("dateOrder") },
          { key: "startingNo", label: t("startingNo"), sortable: false },
          { key: "endingNo", label: t("endingNo"), sortable: false },
          { key: "lastNoUsed", label: t("lastNoUsed"), sortable: false },
          { key: "nextNo", label: t("nextNo"), sortable: false },
        ]}
        rows={page.rows.map((s) => ({
          key: s.code,
          href: `/admin/number-series/${encodeURIComponent(s.code)}`,
          cells: {
            code: s.code,
            description: s.description,
            defaultNos: f.bool(s.defaultNos),
            manualNos: f.bool(s.manualNos),
            dateOrder: f.bool(s.dateOrder),
            startingNo: s.startingNo,
            endingNo: s.endingNo,
            lastNoUsed: s.lastNoUsed,
            nextNo: s.nextNo,
          },
        }))}
      />
    </>
  );
}
