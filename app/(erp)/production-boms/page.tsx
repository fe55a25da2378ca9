import { getTranslations } from "next-intl/server";
import { MasterDataList } from "@/components/master-data/master-data-list";
import { masterDataHref } from "@/components/master-data/record-link";
import { parseListParams, type RawSearchParams } from "@/lib/data/list-params";
import { BOM_STATUSES, listProductionBoms, PRODUCTION_BOM_FILTERS, PRODUCTION_BOM_SORTS } from "@/lib/data/production-boms";

export async function generateMetadata() {
  return { title: (await getTranslations("productionBoms"))("title") };
}

export default async function ProductionBomsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const t = await getTranslations("productionBoms");
  const tm = await getTranslations("masterData");
  const params = parseListParams(await searchParams, {
    sortable: PRODUCTION_BOM_SORTS,
    defaultSort: "no",
    filters: PRODUCTION_BOM_FILTERS,
  });
  const page = await listProductionBoms(params);
  return (
    <MasterDataList
      title={t("title")}
      basePath="/production-boms"
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
        { key: "unitOfMeasureCode", label: t("unitOfMeasureCode") },
        { key: "status", label: t("status") },
      ]}
      row={(b) => ({
        key: b.no,
        href: masterDataHref.productionBom(b.no),
        cells: { no: b.no, description: b.description, unitOfMeasureCode: b.unitOfMeasureCode, status: tm(`bomStatus.${b.status}`) },
      })}
    />
  );
}
