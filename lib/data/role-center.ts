import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { AT_WARNING_NO, CHANGED_SINCE_REFRESH, ENDS_AFTER_DUE, NOT_COVERED_BY_PRODUCTION } from "@/lib/data/list-conditions";
import { ROLES, type Role } from "@/lib/domain/auth/permissions";
import { dayBefore, todayIso, weekOf } from "@/lib/domain/role-center/cue-dates";
import { orderPath } from "@/lib/domain/production-order/slugs";
import { PROD_ORDER_STATUSES } from "@/lib/domain/production-order/status";

// The Role Centers' cues: each a count and the link to the list that shows exactly those rows
// (same filters, so the count equals the list's row count). One query per cue group.

export type Cue = { key: string; count: number; href: string };
export type CueGroup = { key: string; cues: Cue[] };

const href = (path: string, filters: Record<string, string>) => {
  const q = new URLSearchParams(Object.entries(filters).map(([k, v]) => [`f_${k}`, v]));
  return q.size ? `${path}?${q}` : path;
};

type Counts = Record<string, bigint | number>;
const n = (v: bigint | number | undefined) => Number(v ?? 0);

export async function plannerCues(today = todayIso()): Promise<CueGroup[]> {
  await requireViewer("orders.read");
  const week = weekOf(today);
  const [byStatus, [planning], [sales]] = await Promise.all([
    db.$queryRaw<{ status: string; count: bigint }[]>`SELECT status::text, count(*) AS count FROM "ProductionOrder" GROUP BY status`,
    db.$queryRawUnsafe<Counts[]>(
      `SELECT count(*) FILTER (WHERE t."startingDateTime" >= $1::date AND t."startingDateTime" < $2::date + 1) AS "startingThisWeek",
              count(*) FILTER (WHERE ${ENDS_AFTER_DUE}) AS "endingAfterDue"
         FROM "ProductionOrder" t WHERE t.status = 'FIRM_PLANNED'`,
      week.from,
      week.to,
    ),
    db.$queryRawUnsafe<Counts[]>(`SELECT count(*) AS "notCovered" FROM "SalesHeader" t WHERE ${NOT_COVERED_BY_PRODUCTION}`),
  ]);
  const status = new Map(byStatus.map((r) => [r.status, Number(r.count)]));
  const firm = orderPath("FIRM_PLANNED");
  return [
    { key: "ordersByStatus", cues: PROD_ORDER_STATUSES.map((s) => ({ key: s, count: status.get(s) ?? 0, href: orderPath(s) })) },
    {
      key: "planning",
      cues: [
        { key: "startingThisWeek", count: n(planning.startingThisWeek), href: href(firm, { startFrom: week.from, startTo: week.to }) },
        { key: "endingAfterDue", count: n(planning.endingAfterDue), href: href(firm, { endsAfterDue: "yes" }) },
        { key: "salesNotCovered", count: n(sales.notCovered), href: href("/sales-orders", { notCovered: "yes" }) },
      ],
    },
  ];
}

export async function supervisorCues(today = todayIso()): Promise<CueGroup[]> {
  await requireViewer("orders.refresh");
  const yesterday = dayBefore(today);
  const [row] = await db.$queryRawUnsafe<Counts[]>(
    `SELECT count(*) FILTER (WHERE t.status = 'RELEASED') AS "released",
            count(*) FILTER (WHERE t.status = 'RELEASED' AND t."dueDate" <= $1::date) AS "late",
            count(*) FILTER (WHERE t.status = 'FIRM_PLANNED' AND ${CHANGED_SINCE_REFRESH}) AS "changedFirmPlanned",
            count(*) FILTER (WHERE t.status = 'RELEASED' AND ${CHANGED_SINCE_REFRESH}) AS "changedReleased"
       FROM "ProductionOrder" t WHERE t.status IN ('FIRM_PLANNED', 'RELEASED')`,
    yesterday,
  );
  const released = orderPath("RELEASED");
  return [
    {
      key: "shopFloor",
      cues: [
        { key: "released", count: n(row.released), href: released },
        { key: "late", count: n(row.late), href: href(released, { dueTo: yesterday }) },
        {
          key: "changedFirmPlanned",
          count: n(row.changedFirmPlanned),
          href: href(orderPath("FIRM_PLANNED"), { changedSinceRefresh: "yes" }),
        },
        { key: "changedReleased", count: n(row.changedReleased), href: href(released, { changedSinceRefresh: "yes" }) },
      ],
    },
  ];
}

export async function adminCues(): Promise<CueGroup[]> {
  await requireViewer("users.manage");
  const [[series], byRole] = await Promise.all([
    db.$queryRawUnsafe<Counts[]>(`SELECT count(*) AS "atWarning" FROM "NoSeries" t WHERE ${AT_WARNING_NO}`),
    db.$queryRaw<{ role: string; count: bigint }[]>`SELECT role, count(*) AS count FROM "user" GROUP BY role`,
  ]);
  const role = new Map(byRole.map((r) => [r.role, Number(r.count)]));
  return [
    { key: "noSeries", cues: [{ key: "atWarning", count: n(series.atWarning), href: href("/admin/number-series", { atWarning: "yes" }) }] },
    { key: "users", cues: ROLES.map((r: Role) => ({ key: r, count: role.get(r) ?? 0, href: href("/admin/users", { role: r }) })) },
  ];
}
