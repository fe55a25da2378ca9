import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CardActions } from "@/components/master-data/forms/record-actions";
import { masterDataHref, RecordLink } from "@/components/master-data/record-link";
import { RecordList } from "@/components/master-data/record-list";
import { ShopCalendarSections } from "@/components/master-data/shop-calendar-sections";
import { CardSection, FieldGrid } from "@/components/ui/card-section";
import { PageHeader } from "@/components/ui/page-header";
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
  const tc = await getTranslations("common");
  const f = await getFormat();
  return (
    <>
      <PageHeader
        title={`${t("card")} · ${center.no}`}
        subtitle={center.name}
        actions={
          <CardActions
            editHref={`/machine-centers/${encodeURIComponent(center.no)}/edit`}
            deleteAction={deleteMachineCenterAction}
            deleteFields={{ no: center.no, version: center.version }}
            name={`${t("card")} ${center.no}`}
            listHref="/machine-centers"
          />
        }
      />
      <CardSection title={tc("general")} id="general">
        <FieldGrid
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
      </CardSection>
      <ShopCalendarSections calendar={center.workCenter.shopCalendar} title={t("calendarOfWorkCenter", { no: center.workCenterNo })} />
      <CardSection title={t("routings")} id="routings">
        <RecordList
          caption={t("routings")}
          noLabel={t("no")}
          descriptionLabel={t("description")}
          records={center.routings}
          href={masterDataHref.routing}
        />
      </CardSection>
    </>
  );
}
