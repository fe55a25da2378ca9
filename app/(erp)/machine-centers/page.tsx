import { getTranslations } from "next-intl/server";
import { MasterDataList } from "@/components/master-data/master-data-list";
import { masterDataHref, RecordLink } from "@/components/master-data/record-link";
import { parseListParams, type RawSearchParams } from "@/lib/data/list-params";
import { listMachineCenters, MACHINE_CENTER_FILTERS, MACHINE_CENTER_SORTS } from "@/lib/data/machine-centers";
import { getFormat } from "@/lib/i18n/format";

export async function generateMetadata() {
  return { title: (await getTranslations("machineCenters"))("title") };
}

export default async function MachineCentersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const t = await getTranslations("machineCenters");
  const f = await getFormat();
  const params = parseListParams(await searchParams, {
    sortable: MACHINE_CENTER_SORTS,
    defaultSort: "no",
    filters: MACHINE_CENTER_FILTERS,
  });
  const page = await listMachineCenters(params);
  return (
    <MasterDataList
      title={t("title")}
      basePath="/machine-centers"
      params={params}
      page={page}
      filters={[
        { name: "no", label: t("no") },
        { name: "name", label: t("name") },
        { name: "workCenterNo", label: t("workCenterNo") },
      ]}
      columns={[
        { key: "no", label: t("no") },
        { key: "name", label: t("name") },
        { key: "workCenterNo", label: t("workCenterNo") },
        { key: "capacity", label: t("capacity"), align: "right" },
        { key: "efficiency", label: t("efficiency"), align: "right" },
        { key: "unitCost", label: t("unitCost"), align: "right" },
      ]}
      row={(m) => ({
        key: m.no,
        href: masterDataHref.machineCenter(m.no),
        cells: {
          no: m.no,
          name: m.name,
          workCenterNo: <RecordLink href={masterDataHref.workCenter(m.workCenterNo)}>{m.workCenterNo}</RecordLink>,
          capacity: f.number(m.capacity, 5),
          efficiency: f.number(m.efficiency),
          unitCost: f.amount(m.unitCost),
        },
      })}
    />
  );
}
