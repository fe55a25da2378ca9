import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MasterDataCardHead } from "@/components/master-data/card-head";
import { WeekdayTicks } from "@/components/master-data/weekday-ticks";
import { CardSection, LinesTable } from "@/components/ui/card-section";
import { deleteLocationAction } from "@/lib/actions/master-data/locations";
import { getLocation } from "@/lib/data/locations";
import { getFormat } from "@/lib/i18n/format";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  return { title: `${(await getTranslations("locations"))("card")} ${decodeURIComponent((await params).code)}` };
}

export default async function LocationCardPage({ params }: { params: Promise<{ code: string }> }) {
  const location = await getLocation(decodeURIComponent((await params).code));
  if (!location) notFound();
  const t = await getTranslations("locations");
  const tm = await getTranslations("masterData");
  const tc = await getTranslations("common");
  const f = await getFormat();
  return (
    <>
      <MasterDataCardHead
        card={t("card")}
        recordKey={{ name: "code", value: location.code }}
        version={location.version}
        subtitle={location.name}
        listPath="/locations"
        deleteAction={deleteLocationAction}
        fields={[
          { label: t("code"), value: location.code },
          { label: t("name"), value: location.name },
          { label: t("inboundHandlingTime"), value: t("days", { n: location.inboundHandlingDays }) },
        ]}
      />
      <CardSection title={t("baseCalendar")} id="base-calendar">
        <h3 className="text-sm font-medium text-slate-800 mb-1">{t("workingWeekdays")}</h3>
        <WeekdayTicks working={location.workingWeekdays} />
        <h3 className="text-sm font-medium text-slate-800 mt-4 mb-1">{tm("holidays")}</h3>
        <LinesTable
          caption={tm("holidays")}
          empty={tc("noRecords")}
          columns={[
            { key: "date", label: tm("date") },
            { key: "description", label: tm("description") },
          ]}
          rows={location.holidays.map((h) => ({ key: h.date.toISOString(), cells: { date: f.date(h.date), description: h.description } }))}
        />
      </CardSection>
    </>
  );
}
