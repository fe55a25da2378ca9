import { getTranslations } from "next-intl/server";
import { MasterDataList } from "@/components/master-data/master-data-list";
import { masterDataHref } from "@/components/master-data/record-link";
import { parseListParams, type RawSearchParams } from "@/lib/data/list-params";
import { listWorkCenters, WORK_CENTER_FILTERS, WORK_CENTER_SORTS } from "@/lib/data/work-centers";
import { getFormat } from "@/lib/i18n/format";

export async function generateMetadata() {
  return { title: (await getTranslations("workCenters"))("title") };
}

export default async function WorkCentersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const t = await getTranslations("workCenters");
  const tm = await getTranslations("masterData");
  const f = await getFormat();
  const params = parseListParams(await searchParams, { sortable: WORK_CENTER_SORTS, defaultSort: "no", filters: WORK_CENTER_FILTERS });
  const page = await listWorkCenters(params);
  return (
    <MasterDataList
      title={t("title")}
      basePath="/work-centers"
      params={params}
      page={page}
      filters={[
        { name: "no", label: t("no") },
        { name: "name", label: t("name") },
        { name: "shopCalendarCode", label: tm("shopCalendarCode") },
      ]}
      columns={[
        { key: "no", label: t("no") },
        { key: "name", label: t("name") },
        { key: "capacity", label: t("capacity"), align: "right" },
        { key: "efficiency", label: t("efficiency"), align: "right" },
        { key: "shopCalendarCode", label: tm("shopCalendarCode") },
        { key: "unitCost", label: t("unitCost"), align: "right" },
      ]}
      row={(w) => ({
        key: w.no,
        href: masterDataHref.workCenter(w.no),
        cells: {
          no: w.no,
          name: w.name,
          capacity: f.number(w.capacity, 5),
          efficiency: f.number(w.efficiency),
          shopCalendarCode: w.shopCalendarCode,
          unitCost: f.amount(w.unitCost),
        },
      })}
    />
  );
}
