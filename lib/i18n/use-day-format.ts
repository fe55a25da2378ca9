"use client";

import { useFormatter } from "next-intl";

// Client components' dates in the user's locale, as getFormat's on the server (dd-mm-jjjj in
// Dutch): a yyyy-mm-dd day from a server action, formatted as the plant-local day it is.
export function useDayFormat() {
  const f = useFormatter();
  return {
    day: (iso: string | null | undefined) =>
      iso
        ? f.dateTime(new Date(`${iso.slice(0, 10)}T00:00:00Z`), { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" })
        : "",
    number: (n: string | number, digits = 5) => f.number(Number(n), { maximumFractionDigits: digits }),
  };
}
