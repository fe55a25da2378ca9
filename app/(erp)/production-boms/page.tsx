import { getTranslations } from "next-intl/server";
import { VersionedList } from "@/components/master-data/bom-editor/versioned-list";
import { parseListParams, type RawSearchParams } from "@/lib/data/list-params";
import { listProductionBoms, PRODUCTION_BOM_FILTERS, PRODUCTION_BOM_SORTS } from "@/lib/data/production-boms";

export async function generateMetadata() {
  return { title: (await getTranslations("productionBoms"))("title") };
}

export default async function ProductionBomsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const t = await getTranslations("productionBoms");
  const params = parseListParams(await searchParams, {
    sortable: PRODUCTION_BOM_SORTS,
    defaultSort: "no",
    filters: PRODUCTION_BOM_FILTERS,
  });
  const page = await listProductionBoms(params);
  return (
    <VersionedList
      kind="bom"
      params={params}
      page={page}
      before={[{ key: "unitOfMeasureCode", label: t("unitOfMeasureCode"), cell: (b) => b.unitOfMeasureCode }]}
    />
  );
}
