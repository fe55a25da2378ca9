import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { userCan } from "@/lib/auth";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { masterDataHref } from "@/components/master-data/record-link";
import { parseListParams, type RawSearchParams } from "@/lib/data/list-params";
import { BOM_STATUSES } from "@/lib/data/production-boms";
import { listRoutings, ROUTING_FILTERS, ROUTING_SORTS } from "@/lib/data/routings";

export async function generateMetadata() {
  return { title: (await getTranslations("routings"))("title") };
}

export default async function RoutingsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const t = await getTranslations("routings");
  const tm = await getTranslations("masterData");
  const params = parseListParams(await searchParams, { sortable: ROUTING_SORTS, defaultSort: "no", filters: ROUTING_FILTERS });
  const page = await listRoutings(params);
  return (
    <>
      <PageHeader title={t("title")}
        actions={(await userCan("masterData.write")) ? <Link href="/routings/new" className={buttonClass()}>{(await getTranslations("bomEditor"))("new")}</Link> : undefined} />
      <DataTable
        basePath="/routings"
        caption={t("title")}
        {...page}
        sort={params.sort}
        dir={params.dir}
        filterValues={params.filters}
        filters={[
          { name: "no", label: t("no") },
          { name: "description", label: t("description") },
          { name: "status", label: t("status"), type: "select", options: BOM_STATUSES.map((s) => ({ value: s, label: tm(`bomStatus.${s}`) })) },
        ]}
        columns={[
          { key: "no", label: t("no") },
          { key: "description", label: t("description") },
          { key: "status", label: t("status") },
        ]}
        rows={page.rows.map((r) => ({
          key: r.no,
          href: masterDataHref.routing(r.no),
          cells: { no: r.no, description: r.description, status: tm(`bomStatus.${r.status}`) },
        }))}
      />
    </>
  );
}
