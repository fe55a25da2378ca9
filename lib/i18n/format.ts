import { getFormatter } from "next-intl/server";

// Dates and numbers formatted per locale. Dates are plant-local values stored as UTC.
export async function getFormat() {
  const f = await getFormatter();
  return {
    date: (d: Date | null | undefined) => (d ? f.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" }) : ""),
    dateTime: (d: Date | null | undefined) =>
      d ? f.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }) : "",
    number: (n: unknown, digits = 2) =>
      n === null || n === undefined || n === "" ? "" : f.number(Number(n), { maximumFractionDigits: digits, minimumFractionDigits: 0 }),
    amount: (n: unknown) =>
      n === null || n === undefined ? "" : f.number(Number(n), { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    bool: (b: boolean) => (b ? "✓" : ""),
  };
}
export type Format = Awaited<ReturnType<typeof getFormat>>;
