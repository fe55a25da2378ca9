import { getTranslations } from "next-intl/server";
import { MasterDataList, noDescriptionFilters, yesNoFilter } from "@/components/master-data/master-data-list";
import { masterDataHref, RecordLink } from "@/components/master-data/record-link";
import { FAMILY_FILTERS, FAMILY_SORTS, listFamilies } from "@/lib/data/families";
import { parseListParams, type RawSearchParams } from "@/lib/data/list-params";
import { getFormat } from "@/lib/i18n/format";

export async function generateMetadata() {
  return { title: (await getTranslations("families"))("title") };
}

export default async function FamiliesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const t = await getTranslations("families");
  const tc = await getTranslations("common");
  const f = await getFormat();
  const params = parseListParams(await searchParams, { sortable: FAMILY_SORTS, defaultSort: "no", filters: FAMILY_FILTERS });
  const page = await listFamilies(params);
  return (
    <MasterDataList
      title={t("title")}
      basePath="/families"
      params={params}
      page={page}
      filters={[...noDescriptionFilters(t), yesNoFilter("blocked", t("blocked"), tc)]}
      columns={[
        { key: "no", label: t("no") },
        { key: "description", label: t("description") },
        { key: "routingNo", label: t("routingNo") },
        { key: "blocked", label: t("blocked") },
      ]}
      row={(fam) => ({
        key: fam.no,
        href: masterDataHref.family(fam.no),
        cells: {
          no: fam.no,
          description: fam.description,
          routingNo: <RecordLink href={masterDataHref.routing(fam.routingNo ?? "")}>{fam.routingNo}</RecordLink>,
          blocked: f.bool(fam.blocked),
        },
      })}
    />
  );
}
