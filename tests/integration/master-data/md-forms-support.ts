import { db } from "@/lib/db";

// Shared by the master-data form tests: forms as the browser posts them (grids as JSON in one
// hidden field) and a fingerprint of every master-data table to prove a refusal wrote nothing.

type FormValue = string | number | boolean | null | undefined | unknown[] | string[];

/** FormData as the card forms post it: arrays of objects become JSON, string arrays repeat the key. */
export function form(fields: Record<string, FormValue>): FormData {
  const out = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null || value === false) continue;
    if (value === true) out.set(key, "on");
    else if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v !== "object"))
      value.forEach((v) => out.append(key, String(v)));
    else if (Array.isArray(value)) out.set(key, JSON.stringify(value));
    else out.set(key, String(value));
  }
  return out;
}

const TABLES = [
  "Item",
  "ItemUnitOfMeasure",
  "ItemVariant",
  "StockkeepingUnit",
  "InventoryBalance",
  "Location",
  "LocationHoliday",
  "ShopCalendar",
  "ShopCalendarDay",
  "ShopCalendarHoliday",
  "WorkCenter",
  "MachineCenter",
  "Family",
  "FamilyLine",
  "SalesHeader",
  "SalesLine",
  "AuditEntry",
] as const;

/** Row counts plus a hash of the rows of every master-data table (and the audit trail). */
export async function snapshot() {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const rows = await db.$queryRawUnsafe<{ n: number; h: string | null }[]>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, ',' ORDER BY t::text)) AS h FROM "${table}" t`,
    );
    out[table] = `${rows[0].n}:${rows[0].h}`;
  }
  return out;
}

export async function auditOf(entityType: string, entityKey: string) {
  return db.auditEntry.findMany({ where: { entityType, entityKey }, orderBy: { id: "asc" } });
}

/** A production order made straight in the table, as the refresh would leave it. */
export async function makeOrder(fields: {
  status: "SIMULATED" | "PLANNED" | "FIRM_PLANNED" | "RELEASED" | "FINISHED";
  no: string;
  sourceType: "ITEM" | "FAMILY" | "SALES_HEADER";
  sourceNo: string;
  locationCode?: string | null;
  lineItemNo?: string;
  variantCode?: string;
  workCenterNo?: string;
  machineCenterNo?: string;
}) {
  const order = await db.productionOrder.create({
    data: {
      status: fields.status,
      no: fields.no,
      sourceType: fields.sourceType,
      sourceNo: fields.sourceNo,
      variantCode: fields.variantCode ?? "",
      locationCode: fields.locationCode ?? null,
      creationDate: new Date("2026-11-01T00:00:00Z"),
      quantity: 1,
    },
  });
  if (fields.lineItemNo) {
    const line = await db.prodOrderLine.create({
      data: {
        orderId: order.id,
        lineNo: 10000,
        itemNo: fields.lineItemNo,
        variantCode: fields.variantCode ?? "",
        quantity: 1,
        unitOfMeasureCode: "PCS",
        locationCode: fields.locationCode ?? null,
      },
    });
    if (fields.workCenterNo) {
      await db.prodOrderRoutingLine.create({
        data: {
          orderId: order.id,
          orderLineId: line.id,
          operationNo: "10",
          workCenterNo: fields.workCenterNo,
          type: fields.machineCenterNo ? "MACHINE_CENTER" : "WORK_CENTER",
          no: fields.machineCenterNo ?? fields.workCenterNo,
        },
      });
    }
  }
  return order;
}

type Result = { ok: boolean; code?: string };

/**
 * runs the given action calls as planner, as supervisor and signed out; every call must be
 * refused and no row may change. Signs back in as admin afterwards.
 */
export async function expectOnlyAdmins(
  calls: () => Promise<Result>[],
  session: {
    signInAs: (role: "planner" | "supervisor" | "admin") => Promise<void>;
    signOut: () => void;
  },
) {
  for (const role of ["planner", "supervisor", null] as const) {
    if (role) await session.signInAs(role);
    else session.signOut();
    const before = await snapshot();
    const results = await Promise.all(calls());
    const expected = role ? "FORBIDDEN" : "UNAUTHENTICATED";
    if (results.some((r) => r.ok || r.code !== expected)) {
      throw new Error(
        `As ${role ?? "nobody"} expected ${expected} for every call, got ${JSON.stringify(results.map((r) => (r.ok ? "ok" : r.code)))}`,
      );
    }
    const after = await snapshot();
    if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`As ${role ?? "nobody"} a refused call changed rows`);
  }
  await session.signInAs("admin");
}
