import { getTranslations } from "next-intl/server";
import { NewButton } from "@/components/master-data/forms/record-actions";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
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
  const params = parseListParams(await searchParams, { sortable: MACHINE_CENTER_SORTS, defaultSort: "no", filters: MACHINE_CENTER_FILTERS });
  const page = await listMachineCenters(params);
  return (
    <>
      <PageHeader title={t("title")} actions={<NewButton href="/machine-centers/new" />} />
      <DataTable
        basePath="/machine-centers"
        caption={t("title")}
        {...page}
        sort={params.sort}
        dir={params.dir}
        filterValues={params.filters}
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
        rows={page.rows.map((m) => ({
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
        }))}
      />
    </>
  );
}
