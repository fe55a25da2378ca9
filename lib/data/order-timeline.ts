import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import type { TimelineCalendar, TimelineOperation } from "@/lib/domain/scheduling/timeline-geometry";

export type OrderTimeline = {
  operations: (TimelineOperation & { description: string; workCenterName: string })[];
  calendars: Map<string, TimelineCalendar>;
};

/**
 * The order's scheduled operations and, per work center, its shop calendar (RF-5's working
 * time) with the holidays: three queries whatever the number of operations.
 */
export async function getOrderTimeline(orderId: number): Promise<OrderTimeline> {
  await requireViewer("orders.read");
  const rows = await db.prodOrderRoutingLine.findMany({
    where: { orderId, startingDateTime: { not: null }, endingDateTime: { not: null } },
    orderBy: [{ startingDateTime: "asc" }, { operationNo: "asc" }],
    select: {
      id: true,
      operationNo: true,
      workCenterNo: true,
      description: true,
      startingDateTime: true,
      endingDateTime: true,
      orderLine: { select: { lineNo: true } },
      workCenter: { select: { name: true, shopCalendarCode: true } },
    },
  });
  const operations = rows.map((r) => ({
    id: r.id,
    lineNo: r.orderLine.lineNo,
    operationNo: r.operationNo,
    workCenterNo: r.workCenterNo,
    description: r.description,
    workCenterName: r.workCenter.name,
    start: r.startingDateTime!,
    end: r.endingDateTime!,
  }));
  const codes = [...new Set(rows.map((r) => r.workCenter.shopCalendarCode))];
  const [days, holidays] =
    codes.length === 0
      ? [[], []]
      : await Promise.all([
          db.shopCalendarDay.findMany({
            where: { calendarCode: { in: codes } },
            select: { calendarCode: true, weekday: true, startTime: true, endTime: true },
          }),
          db.shopCalendarHoliday.findMany({
            where: { calendarCode: { in: codes } },
            select: { calendarCode: true, date: true, description: true },
            orderBy: { date: "asc" },
          }),
        ]);
  const byCode = new Map<string, TimelineCalendar>(
    codes.map((code) => [
      code,
      {
        calendar: {
          days: days.filter((d) => d.calendarCode === code).map(({ weekday, startTime, endTime }) => ({ weekday, startTime, endTime })),
          holidays: holidays.filter((h) => h.calendarCode === code).map((h) => h.date.toISOString().slice(0, 10)),
        },
        holidays: holidays
          .filter((h) => h.calendarCode === code)
          .map((h) => ({ date: h.date.toISOString().slice(0, 10), description: h.description })),
      },
    ]),
  );
  const calendars = new Map<string, TimelineCalendar>();
  for (const r of rows) calendars.set(r.workCenterNo, byCode.get(r.workCenter.shopCalendarCode)!);
  return { operations, calendars };
}
