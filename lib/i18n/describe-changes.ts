// An audit entry's changes as a reader of the order's History expects them: field captions, not
// column names; statuses, source types and directions in words; dates and numbers in the
// reader's format; Yes/No. The entries stay stored as written (keys and raw values, so they can
// be queried); this only renders them. Pure: the card passes its translators and formatters in.

export type ChangeWords = {
  /** The caption for a change key, or null when there is none (the key is shown as it is). */
  caption: (key: string) => string | null;
  /** A stored code (status, source type, direction, plan) in words, or null when unknown. */
  code: (key: string, value: string) => string | null;
  /** A date or date-time (ISO text, UTC) as the reader writes it. */
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  number: (value: number) => string;
  yes: string;
  no: string;
  /** Keys in the order a reader expects them (PostgreSQL's jsonb keeps its own); others follow. */
  order?: string[];
};

const NUMBER = /^-?\d+(\.\d+)?$/;
// Values are read by what their field is, not by how they look: decimals travel as text, and codes
// (Source No. 1000, order No. 101003) or a Description may look like numbers or dates.
const QUANTITIES = new Set(["quantity", "unitCost", "costAmount"]);
const DATES = new Set(["dueDate", "finishedDate", "startingDate", "endingDate", "creationDate", "lastDateModified"]);
const DATE_TIMES = new Set(["startingDateTime", "endingDateTime"]);
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/;

function valueText(key: string, v: unknown, w: ChangeWords): string {
  if (v === null || v === undefined || v === "") return "∅";
  if (typeof v === "boolean") return v ? w.yes : w.no;
  if (typeof v === "number") return w.number(v);
  if (Array.isArray(v)) return v.length ? v.map((x) => valueText(key, x, w)).join(", ") : "∅";
  if (typeof v === "string") {
    const iso = ISO.test(v) && !Number.isNaN(Date.parse(v));
    if (iso && DATES.has(key)) return w.date(v);
    if (iso && DATE_TIMES.has(key)) return w.dateTime(v);
    if (QUANTITIES.has(key) && NUMBER.test(v)) return w.number(Number(v));
    return w.code(key, v) ?? v;
  }
  return JSON.stringify(v);
}

/** "Caption: value; …", with "old → new" for a changed field (stored as a [old, new] pair). */
export function describeChanges(changes: unknown, w: ChangeWords): string {
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return "";
  const rank = (key: string) => {
    const i = w.order?.indexOf(key) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return Object.entries(changes as Record<string, unknown>)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, v]) => {
      const caption = w.caption(key) ?? key;
      // A pair of old and new value: an edit or a status change. Lists of order numbers (a
      // replan's created/deleted orders) are plain lists.
      if (Array.isArray(v) && v.length === 2 && !["created", "deleted"].includes(key)) {
        return `${caption}: ${valueText(key, v[0], w)} → ${valueText(key, v[1], w)}`;
      }
      return `${caption}: ${valueText(key, v, w)}`;
    })
    .join("; ");
}
