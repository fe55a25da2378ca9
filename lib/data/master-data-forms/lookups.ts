import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";

// Suggestions for the master-data forms' code fields (datalists). The services check every
// value again; these only help typing.

export type Option = { value: string; label: string };
const LIMIT = 500;

export async function getLookups(kinds: ("units" | "locations" | "routings" | "boms" | "calendars" | "workCenters" | "items")[]) {
  await requireViewer("masterData.write");
  const want = new Set(kinds);
  const none = async () => [] as Option[];
  const [units, locations, routings, boms, calendars, workCenters, items] = await Promise.all([
    want.has("units")
      ? db.unitOfMeasure
          .findMany({ orderBy: { code: "asc" }, take: LIMIT })
          .then((r) => r.map((u) => ({ value: u.code, label: u.description })))
      : none(),
    want.has("locations")
      ? db.location.findMany({ orderBy: { code: "asc" }, take: LIMIT }).then((r) => r.map((l) => ({ value: l.code, label: l.name })))
      : none(),
    want.has("routings")
      ? db.routing.findMany({ orderBy: { no: "asc" }, take: LIMIT }).then((r) => r.map((x) => ({ value: x.no, label: x.description })))
      : none(),
    want.has("boms")
      ? db.productionBom
          .findMany({ orderBy: { no: "asc" }, take: LIMIT })
          .then((r) => r.map((x) => ({ value: x.no, label: x.description })))
      : none(),
    want.has("calendars")
      ? db.shopCalendar
          .findMany({ orderBy: { code: "asc" }, take: LIMIT })
          .then((r) => r.map((x) => ({ value: x.code, label: x.description })))
      : none(),
    want.has("workCenters")
      ? db.workCenter.findMany({ orderBy: { no: "asc" }, take: LIMIT }).then((r) => r.map((x) => ({ value: x.no, label: x.name })))
      : none(),
    want.has("items")
      ? db.item.findMany({ orderBy: { no: "asc" }, take: LIMIT }).then((r) => r.map((x) => ({ value: x.no, label: x.description })))
      : none(),
  ]);
  return { units, locations, routings, boms, calendars, workCenters, items };
}
export type Lookups = Awaited<ReturnType<typeof getLookups>>;
