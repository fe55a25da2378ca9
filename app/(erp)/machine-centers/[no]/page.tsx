import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MasterDataCardHead } from "@/components/master-data/card-head";
import { masterDataHref, RecordLink } from "@/components/master-data/record-link";
import { RoutingsUsingSection } from "@/components/master-data/record-list";
import { ShopCalendarSections } from "@/components/master-data/shop-calendar-sections";
import { deleteMachineCenterAction } from "@/lib/actions/master-data/machine-centers";
import { getMachineCenter } from "@/lib/data/machine-centers";
import { getFormat } from "@/lib/i18n/format";

export async function generateMetadata({ params }: { params: Promise<{ no: string }> }) {
  return { title: `${(await getTranslations("machineCenters"))("card")} ${decodeURIComponent((await params).no)}` };
}

export default async function MachineCenterCardPage({ params }: { params: Promise<{ no: string }> }) {
  const center = await getMachineCenter(decodeURIComponent((await params).no));
  if (!center) notFound();
  const t = await getTranslations("machineCenters");
  const f = await getFormat();
  return (
    <>
      <MasterDataCardHead
        card={t("card")}
        recordKey={{ name: "no", value: center.no }}
        version={center.version}
        subtitle={center.name}
        listPath="/machine-centers"
        deleteAction={deleteMachineCenterAction}
        fields={[
          { label: t("no"), value: center.no },
          { label: t("name"), value: center.name },
          {
            label: t("workCenterNo"),
            value: <RecordLink href={masterDataHref.workCenter(center.workCenterNo)}>{center.workCenterNo}</RecordLink>,
          },
          { label: t("capacity"), value: f.number(center.capacity, 5) },
          { label: t("efficiency"), value: f.number(center.efficiency) },
          { label: t("unitCost"), value: f.amount(center.unitCost) },
        ]}
      />
      <ShopCalendarSections calendar={center.workCenter.shopCalendar} title={t("calendarOfWorkCenter", { no: center.workCenterNo })} />
      <RoutingsUsingSection namespace="machineCenters" routings={center.routings} />
    </>
  );
}
