import { getFormatter, getTranslations } from "next-intl/server";
import { CardSection } from "@/components/ui/card-section";
import { TimelineChart } from "@/components/production-orders/timeline-chart";
import { getOrderTimeline } from "@/lib/data/order-timeline";
import { MS_PER_DAY } from "@/lib/domain/calendar/iso-date";
import { layoutTimeline, TIMELINE } from "@/lib/domain/scheduling/timeline-geometry";
import { getFormat } from "@/lib/i18n/format";

// RF-5 made visible: the order's operations per work center over time, with each work center's
// non-working time shaded, so a planner sees at a glance why an operation jumps a weekend. With
// `version` (a supervisor on an order up to Released) its operations can be dragged (issue 23 item 3).
export async function OperationsTimeline({ orderId, version }: { orderId: number; version?: number }) {
  const t = await getTranslations("refresh.timeline");
  const f = await getFormat();
  const fmt = await getFormatter();
  const { operations, calendars } = await getOrderTimeline(orderId);
  const layout = layoutTimeline(operations, calendars);
  const names = new Map(operations.map((o) => [o.workCenterNo, o.workCenterName]));
  return (
    <CardSection title={t("title")} id="timeline">
      {!layout ? (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <>
          <TimelineChart
            layout={layout}
            title={t("title")}
            description={t("description", {
              from: f.date(new Date(layout.range.from)),
              to: f.date(new Date(layout.range.to - MS_PER_DAY)),
            })}
            rowLabels={Object.fromEntries(
              layout.rows.map((r) => [r.workCenterNo, `${r.workCenterNo} ${names.get(r.workCenterNo) ?? ""}`.trim()]),
            )}
            tickLabels={Object.fromEntries(
              layout.ticks
                .filter((tick) => tick.label)
                .map((tick) => [
                  tick.day,
                  fmt.dateTime(new Date(`${tick.day}T00:00:00Z`), { month: "2-digit", day: "2-digit", timeZone: "UTC" }),
                ]),
            )}
            barTitles={Object.fromEntries(
              operations.map((op) => [
                op.id,
                t("bar", {
                  line: op.lineNo,
                  operation: op.operationNo,
                  workCenter: op.workCenterNo,
                  start: f.dateTime(op.start),
                  end: f.dateTime(op.end),
                }),
              ]),
            )}
            holidayTitles={Object.fromEntries(
              layout.rows.flatMap((r) => r.holidays).map((h) => [h.date, t("holiday", { description: h.description || h.date })]),
            )}
            move={version === undefined ? undefined : { orderId, version }}
          />
          <ul className="mt-2 flex flex-wrap gap-4 text-xs text-slate-600" aria-hidden="true">
            <li>
              <span className="mr-1 inline-block h-3 w-5 rounded-sm bg-blue-700 align-middle" />
              {t("legendOperation")}
            </li>
            <li>
              <span className="mr-1 inline-block h-3 w-5 bg-slate-200 align-middle" />
              {t("nonWorking")}
            </li>
            <li>
              <span className="mr-1 inline-block h-3 w-5 bg-amber-200 align-middle" />
              {t("legendHoliday")}
            </li>
          </ul>
          {layout.truncated && <p className="mt-1 text-xs text-slate-600">{t("truncated", { days: TIMELINE.maxDays })}</p>}
          {/* A table ignores a width smaller than its content: the div keeps it 1 px wide. */}
          <div className="sr-only">
            <table>
              <caption>{t("title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("workCenter")}</th>
                  <th scope="col">{t("legendOperation")}</th>
                </tr>
              </thead>
              <tbody>
                {operations.map((op) => (
                  <tr key={op.id}>
                    <td>{`${op.workCenterNo} ${op.workCenterName}`}</td>
                    <td>
                      {t("bar", {
                        line: op.lineNo,
                        operation: op.operationNo,
                        workCenter: op.workCenterNo,
                        start: f.dateTime(op.start),
                        end: f.dateTime(op.end),
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </CardSection>
  );
}
