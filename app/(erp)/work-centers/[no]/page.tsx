import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MasterDataCardHead } from "@/components/master-data/card-head";
import { masterDataHref, RecordLink } from "@/components/master-data/record-link";
import { RoutingsUsingSection } from "@/components/master-data/record-list";
import { ShopCalendarSections } from "@/components/master-data/shop-calendar-sections";
import { CardSection, LinesTable } from "@/components/ui/card-section";
import { deleteWorkCenterAction } from "@/lib/actions/master-data/work-centers";
import { getWorkCenter } from "@/lib/data/work-centers";
import { getFormat } from "@/lib/i18n/format";

export async function generateMetadata({ params }: { params: Promise<{ no: string }> }) {
  return { title: `${(await getTranslations("workCenters"))("card")} ${decodeURIComponent((await params).no)}` };
}

export default async function WorkCenterCardPage({ params }: { params: Promise<{ no: string }> }) {
  const center = await getWorkCenter(decodeURIComponent((await params).no));
  if (!center) notFound();
  const t = await getTranslations("workCenters");
  const tm = await getTranslations("masterData");
  const tc = await getTranslations("common");
  const f = await getFormat();
  return (
    <>
      <MasterDataCardHead
        card={t("card")}
        recordKey={{ name: "no", value: center.no }}
        version={center.version}
        subtitle={center.name}
        listPath="/work-centers"
        deleteAction={deleteWorkCenterAction}
        fields={[
          { label: t("no"), value: center.no },
          { label: t("name"), value: center.name },
          { label: t("capacity"), value: f.number(center.capacity, 5) },
          { label: t("efficiency"), value: f.number(center.efficiency) },
          {
            label: tm("shopCalendarCode"),
            value: (
              <RecordLink href={`/shop-calendars/${encodeURIComponent(center.shopCalendarCode)}`}>{center.shopCalendarCode}</RecordLink>
            ),
          },
          { label: t("unitCost"), value: f.amount(center.unitCost) },
        ]}
      />
      <ShopCalendarSections calendar={center.shopCalendar} />
      <CardSection title={t("machineCenters")} id="machine-centers">
        <LinesTable
          caption={t("machineCenters")}
          empty={tc("noRecords")}
          columns={[
            { key: "no", label: t("no") },
            { key: "name", label: t("name") },
            { key: "capacity", label: t("capacity"), align: "right" },
            { key: "efficiency", label: t("efficiency"), align: "right" },
            { key: "unitCost", label: t("unitCost"), align: "right" },
          ]}
          rows={center.machineCenters.map((m) => ({
            key: m.no,
            cells: {
              no: <RecordLink href={masterDataHref.machineCenter(m.no)}>{m.no}</RecordLink>,
              name: m.name,
              capacity: f.number(m.capacity, 5),
              efficiency: f.number(m.efficiency),
              unitCost: f.amount(m.unitCost),
            },
          }))}
        />
      </CardSection>
      <RoutingsUsingSection namespace="workCenters" routings={center.routings} />
    </>
  );
}
