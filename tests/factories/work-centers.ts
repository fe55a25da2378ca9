import type { MachineCenter, WorkCenter } from "@/lib/generated/prisma/client";
import { makeShopCalendar } from "./calendars";
import { uniqueCode, type DbClient, type DecimalInput, type HolidayInput } from "./unique";

export type WorkCenterOverrides = {
  no?: string;
  name?: string;
  capacity?: DecimalInput;
  efficiency?: DecimalInput;
  unitCost?: DecimalInput;
  /** An existing calendar; without it a Mon–Fri 08:00–16:00 calendar is made for this center. */
  shopCalendarCode?: string;
  /** Holidays for the calendar made here (ignored with shopCalendarCode). */
  holidays?: HolidayInput[];
};

export async function makeWorkCenter(db: DbClient, overrides: WorkCenterOverrides = {}): Promise<WorkCenter> {
  const { holidays, shopCalendarCode, ...fields } = overrides;
  const no = fields.no ?? uniqueCode("WC");
  const calendarCode = shopCalendarCode ?? (await makeShopCalendar(db, { holidays })).code;
  return db.workCenter.create({
    data: { name: `Work center ${no}`, ...fields, no, shopCalendarCode: calendarCode },
  });
}

export type MachineCenterOverrides = {
  no?: string;
  name?: string;
  capacity?: DecimalInput;
  efficiency?: DecimalInput;
  unitCost?: DecimalInput;
  /** An existing work center; without it one is made. */
  workCenterNo?: string;
};

export async function makeMachineCenter(db: DbClient, overrides: MachineCenterOverrides = {}): Promise<MachineCenter> {
  const no = overrides.no ?? uniqueCode("MC");
  const workCenterNo = overrides.workCenterNo ?? (await makeWorkCenter(db)).no;
  return db.machineCenter.create({
    data: { name: `Machine center ${no}`, ...overrides, no, workCenterNo },
  });
}
