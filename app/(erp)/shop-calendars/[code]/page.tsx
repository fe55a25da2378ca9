import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteRecordButton } from "@/components/master-data/forms/delete-record-button";
import { ShopCalendarForm } from "@/components/master-data/forms/shop-calendar-form";
import { masterDataHref, RecordLink } from "@/components/master-data/record-link";
import { CardSection, LinesTable } from "@/components/ui/card-section";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { deleteShopCalendarAction } from "@/lib/actions/master-data/shop-calendars";
import { getShopCalendarForm } from "@/lib/data/master-data-forms/records";

// One page for a shop calendar: admins edit it in place, everyone sees its hours and users.
// The calendar is shared by code: every work center on it (and their machine centers) follows.
export default async function ShopCalendarPage({ params }: { params: Promise<{ code: string }> }) {
  const calendar = await getShopCalendarForm(decodeURIComponent((await params).code));
  if (!calendar) notFound();
  const canWrite = await userCan("masterData.write");
  const tf = await getTranslations("masterDataForms");
  const tm = await getTranslations("masterData");
  const tc = await getTranslations("common");
  return (
    <>
      <PageHeader
        title={`${tf("shopCalendar")} · ${calendar.code}`}
        subtitle={calendar.description}
        actions={
          canWrite && (
            <DeleteRecordButton
              action={deleteShopCalendarAction}
              fields={{ code: calendar.code, readHash: calendar.readHash }}
              name={`${tf("shopCalendar")} ${calendar.code}`}
              listHref="/shop-calendars"
            />
          )
        }
      />
      {canWrite ? (
        <ShopCalendarForm calendar={calendar} />
      ) : (
        <CardSection title={tf("workingHours")} id="working-hours">
          <LinesTable
            caption={tf("workingHours")}
            empty={tc("noRecords")}
            columns={[
              { key: "weekday", label: tf("weekday") },
              { key: "hours", label: tf("workingHours") },
            ]}
            rows={calendar.days.map((d, i) => ({
              key: String(i),
              cells: { weekday: tm(`weekdays.${d.weekday}`), hours: `${d.startTime}–${d.endTime}` },
            }))}
          />
        </CardSection>
      )}
      <CardSection title={tf("workCentersUsing")} id="work-centers">
        <LinesTable
          caption={tf("workCentersUsing")}
          empty={tc("noRecords")}
          columns={[
            { key: "no", label: tf("code") },
            { key: "name", label: tf("description") },
          ]}
          rows={calendar.workCenters.map((w) => ({
            key: w.no,
            cells: { no: <RecordLink href={masterDataHref.workCenter(w.no)}>{w.no}</RecordLink>, name: w.name },
          }))}
        />
      </CardSection>
    </>
  );
}
