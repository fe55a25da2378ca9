import { getTranslations } from "next-intl/server";
import { MasterDataList } from "@/components/master-data/master-data-list";
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
    <MasterDataList
      title={t("title")}
      basePath="/locations"
      params={params}
      page={page}
      filters={[
        { name: "code", label: t("code") },
        { name: "name", label: t("name") },
      ]}
      columns={[
        { key: "code", label: t("code") },
        { key: "name", label: t("name") },
        { key: "inboundHandlingDays", label: t("inboundHandlingTime"), align: "right" },
      ]}
      row={(l) => ({
        key: l.code,
        href: masterDataHref.location(l.code),
        cells: { code: l.code, name: l.name, inboundHandlingDays: t("days", { n: l.inboundHandlingDays }) },
      })}
    />
  );
}
