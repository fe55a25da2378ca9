// A date field's text in the user's format (BC shows dates in the user's region, whatever the
// browser's language): Dutch dd-mm-jjjj, English mm/dd/yyyy. What is typed is read in that order
// (separators - / . or none; a two-digit year is 20yy), and yyyy-mm-dd is always understood.
// Pure: no I/O.

export type DayLocale = "en" | "nl";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function dayPattern(locale: DayLocale): string {
  return locale === "nl" ? "dd-mm-jjjj" : "mm/dd/yyyy";
}

/** yyyy-mm-dd → the user's format; anything else is returned as it is. */
export function formatDay(iso: string, locale: DayLocale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return locale === "nl" ? `${m[3]}-${m[2]}-${m[1]}` : `${m[2]}/${m[3]}/${m[1]}`;
}

function isoOf(y: number, mo: number, d: number): string | null {
  if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return null; // 31-02
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
}

/** The typed text as yyyy-mm-dd; "" for an empty field; null when it is not a date. */
export function parseDay(text: string, locale: DayLocale): string | null {
  const s = text.trim();
  if (s === "") return "";
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoOf(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(s) ?? /^(\d{2})(\d{2})(\d{2}|\d{4})$/.exec(s);
  if (!m) return null;
  const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
  const [day, month] = locale === "nl" ? [+m[1], +m[2]] : [+m[2], +m[1]];
  return isoOf(year, month, day);
}
