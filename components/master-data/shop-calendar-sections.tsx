import { getTranslations } from "next-intl/server";
import { CardSection, LinesTable } from "@/components/ui/card-section";
import type { ShopCalendarView } from "@/lib/data/work-centers";
import { ISO_WEEKDAYS, minutesToClock } from "@/lib/i18n/clock-time";
import { getFormat } from "@/lib/i18n/format";

// Working hours per weekday (several shifts on one day are listed together) and the holidays of
// a shop calendar; shared by the work center and machine center cards.
export async function ShopCalendarSections({ calendar, title }: { calendar: ShopCalendarView; title?: string }) {
  const t = await getTranslations("masterData");
  const tc = await getTranslations("common");
  const f = await getFormat();
  const heading = `${title ?? t("shopCalendar")} · ${calendar.code}${calendar.description ? ` (${calendar.description})` : ""}`;
  return (
    <>
      <CardSection title={heading} id="shop-calendar">
        <LinesTable
          caption={t("workingHours")}
          empty={tc("noRecords")}
          columns={[
            { key: "weekday", label: t("weekday") },
            { key: "hours", label: t("workingHours") },
          ]}
          rows={ISO_WEEKDAYS.map((weekday) => {
            const shifts = calendar.days.filter((d) => d.weekday === weekday);
            return {
              key: String(weekday),
              cells: {
                weekday: t(`weekdays.${weekday}`),
                hours: shifts.length ? (
                  shifts.map((s) => `${minutesToClock(s.startTime)}–${minutesToClock(s.endTime)}`).join(", ")
                ) : (
                  <span className="text-slate-500">{t("nonWorking")}</span>
                ),
              },
            };
          })}
        />
      </CardSection>
      <CardSection title={t("holidays")} id="shop-calendar-holidays">
        <LinesTable
          caption={t("holidays")}
          empty={tc("noRecords")}
          columns={[
            { key: "date", label: t("date") },
            { key: "description", label: t("description") },
          ]}
          rows={calendar.holidays.map((h) => ({ key: h.date.toISOString(), cells: { date: f.date(h.date), description: h.description } }))}
        />
      </CardSection>
    </>
  );
}
