import { getTranslations } from "next-intl/server";
import { ISO_WEEKDAYS } from "@/lib/i18n/clock-time";

// A base calendar's working weekdays as a Mon–Sun row of ticks, readable by screen readers too.
export async function WeekdayTicks({ working }: { working: number[] }) {
  const t = await getTranslations("masterData");
  return (
    <table className="text-sm" data-testid="working-weekdays">
      <thead>
        <tr>
          {ISO_WEEKDAYS.map((d) => (
            <th key={d} scope="col" className="px-2 py-1 font-medium text-slate-700">
              <abbr title={t(`weekdays.${d}`)} className="no-underline">
                {t(`weekdaysShort.${d}`)}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {ISO_WEEKDAYS.map((d) => {
            const on = working.includes(d);
            return (
              <td key={d} className={`px-2 py-1 text-center ${on ? "text-green-700" : "text-slate-500"}`}>
                <span aria-hidden="true">{on ? "✓" : "–"}</span>
                <span className="sr-only">{on ? t("working") : t("nonWorking")}</span>
              </td>
            );
          })}
        </tr>
      </tbody>
    </table>
  );
}
