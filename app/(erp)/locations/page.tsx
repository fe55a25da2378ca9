import { getTranslations } from "next-intl/server";
import { NewButton } from "@/components/master-data/forms/record-actions";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { masterDataHref } from "@/components/master-data/record-link";
import { parseListParams, type RawSearchParams } from "@/lib/data/list-params";
import { listLocations, LOCATION_FILTERS, LOCATION_SORTS } from "@/lib/data/locations";

export async function generateMetadata() {
  return { title: (await getTranslations("locations"))("title") };
}

export default async function LocationsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const t = await getTranslations("locations");
  const params = parseListParams(await searchParams, { sortable: LOCATION_SORTS, defaultSort: "code", filters: LOCATION_FILTERS });
  const page = await listLocations(params);
  return (
    <>
      <PageHeader title={t("title")} actions={<NewButton href="/locations/new" />} />
      <DataTable
        basePath="/locations"
        caption={t("title")}
        {...page}
        sort={params.sort}
        dir={params.dir}
        filterValues={params.filters}
        filters={[
          { name: "code", label: t("code") },
          { name: "name", label: t("name") },
        ]}
        columns={[
          { key: "code", label: t("code") },
          { key: "name", label: t("name") },
          { key: "inboundHandlingDays", label: t("inboundHandlingTime"), align: "right" },
        ]}
        rows={page.rows.map((l) => ({
          key: l.code,
          href: masterDataHref.location(l.code),
          cells: { code: l.code, name: l.name, inboundHandlingDays: t("days", { n: l.inboundHandlingDays }) },
        }))}
      />
    </>
  );
}
