import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";

// Builders accept the app's client or the client of an interactive transaction, so a test can
// build its fixture inside the transaction it is testing.
export type DbClient = Db | Prisma.TransactionClient;

// A per-process tag keeps codes apart across parallel vitest workers (and across runs against a
// reused database); the counter keeps them apart within one process.
const runTag = Math.random().toString(36).slice(2, 6).toUpperCase().padEnd(4, "0");
let counter = 0;

/** A code that no other builder call (in any worker) produces: prefix + run tag + counter. */
export function uniqueCode(prefix: string, maxLength = 20): string {
  counter += 1;
  const code = `${prefix}${runTag}${counter.toString(36).toUpperCase()}`;
  if (code.length > maxLength) {
    throw new Error(`uniqueCode: "${code}" is longer than ${maxLength} characters; use a shorter prefix`);
  }
  return code;
}

/** The midnight-UTC Date that Prisma stores in a @db.Date column. */
export function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.slice(0, 10)}T00:00:00Z`);
}

export function toOptionalDate(value: Date | string | null | undefined): Date | null | undefined {
  return value == null ? value : toDate(value);
}

export type DecimalInput = number | string | Prisma.Decimal;

/** Dates given as ISO strings (YYYY-MM-DD) or Dates; holidays may carry a description. */
export type HolidayInput = Date | string | { date: Date | string; description?: string };

export function holidayRows(holidays: HolidayInput[]): { date: Date; description: string }[] {
  return holidays.map((h) =>
    typeof h === "string" || h instanceof Date
      ? { date: toDate(h), description: "Holiday" }
      : { date: toDate(h.date), description: h.description ?? "Holiday" },
  );
}
