// Shared pieces of the number-series integration tests: dates as PostgreSQL sees them, reading
// a series' lines back, and a scratch document table to insert numbered rows into.
import { expect } from "vitest";
import { addCalendarDays } from "@/lib/domain/calendar/iso-date";
import { padToWidth } from "@/lib/domain/number-series/increment";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getNextNo } from "../../support/no-series-draw";
import type { NoSeriesLineInput } from "../../factories";

/** Today according to the database: ns_take_next defaults a blank date to current_date. */
export async function dbToday(): Promise<string> {
  const rows = await db.$queryRaw<{ d: string }[]>`SELECT current_date::text AS d`;
  return rows[0].d;
}

export async function dbTomorrow(): Promise<string> {
  return addCalendarDays(await dbToday(), 1);
}

/** A line as setup stores it: Starting/Ending/Warning/Last No. Used padded to one width (NS-3). */
export function paddedLine(line: NoSeriesLineInput): NoSeriesLineInput {
  const [startingNo, endingNo, warningNo, lastNoUsed] = padToWidth([
    line.startingNo ?? "",
    line.endingNo ?? "",
    line.warningNo ?? "",
    line.lastNoUsed ?? "",
  ]);
  return { ...line, startingNo, endingNo, warningNo, lastNoUsed };
}

/** Draws `count` numbers one after the other, each in its own (auto-committed) statement. */
export async function drawMany(code: string, count: number, date?: string): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push((await getNextNo(db, code, date)).no);
  return out;
}

/** The series' lines as stored, in Line No. order. */
export function readLines(code: string) {
  return db.noSeriesLine.findMany({ where: { seriesCode: code }, orderBy: { lineNo: "asc" } });
}

/** Awaits a promise that must fail with a DomainError of this code and exact message. */
export async function expectDomainError(promise: Promise<unknown>, code: string, message: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code, message });
}

/**
 * A document table of the test's own, standing in for ProductionOrder: the number is its
 * primary key, so a duplicate number cannot be stored silently.
 */
export async function createDocTable(name: string) {
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${name}`);
  await db.$executeRawUnsafe(
    `CREATE TABLE ${name} (no text PRIMARY KEY, series text NOT NULL, created_at timestamptz NOT NULL DEFAULT clock_timestamp())`,
  );
}

/** The INSERT that insertWithNextNo wraps around the drawn number. */
export function insertDoc(table: string, series: string) {
  return (noExpr: Prisma.Sql) => Prisma.sql`INSERT INTO ${Prisma.raw(table)} (no, series) VALUES (${noExpr}, ${series}) RETURNING no`;
}

export async function readDocNos(table: string, series: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ no: string }[]>(`SELECT no FROM ${table} WHERE series = $1`, series);
  return rows.map((r) => r.no);
}

/** Runs `workers` callers at once, each doing `perWorker` calls one after the other. */
export async function runConcurrently(workers: number, perWorker: number, call: (worker: number, i: number) => Promise<void>) {
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = 0; i < perWorker; i++) await call(w, i);
    }),
  );
}

/** The digit value of each number, sorted: for checking a range is contiguous. */
export function sortedValues(nos: string[], prefix: string): number[] {
  return nos.map((n) => Number(n.slice(prefix.length))).sort((a, b) => a - b);
}
