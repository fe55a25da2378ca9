import { getTranslations } from "next-intl/server";
import { MasterDataList } from "@/components/master-data/master-data-list";
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
    <MasterDataList
      title={t("title")}
      basePath="/routings"
      params={params}
      page={page}
      filters={[
        { name: "no", label: t("no") },
        { name: "description", label: t("description") },
        {
          name: "status",
          label: t("status"),
          type: "select",
          options: BOM_STATUSES.map((s) => ({ value: s, label: tm(`bomStatus.${s}`) })),
        },
      ]}
      columns={[
        { key: "no", label: t("no") },
        { key: "description", label: t("description") },
        { key: "status", label: t("status") },
      ]}
      row={(r) => ({
        key: r.no,
        href: masterDataHref.routing(r.no),
        cells: { no: r.no, description: r.description, status: tm(`bomStatus.${r.status}`) },
      })}
    />
  );
}
