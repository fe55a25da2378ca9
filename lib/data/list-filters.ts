import { isoDate } from "@/lib/data/list-params";
import { ident } from "@/lib/data/keyset";

// A list's filters, declared once and rendered twice: as the Prisma where of the list page and
// as the SQL of its export, so the file holds exactly the rows the list shows. Each kind mirrors
// what Prisma sends (contains: ILIKE '%' || value || '%', as Prisma writes it, wildcards and all).

export type FilterSpec =
  | { kind: "contains"; column: string }
  /** Equals, when the URL's value is one of these (an enum); else no filter. */
  | { kind: "oneOf"; column: string; values: readonly string[] }
  /** "yes" / "no" on a boolean column. */
  | { kind: "yesNo"; column: string }
  /** yyyy-mm-dd, on or after / on or before (a timestamp column: any time of that day). */
  | { kind: "dayFrom" | "dayTo"; column: string }
  /**
   * "yes": rows for which a SQL condition on the row (alias t) holds, for what Prisma cannot say
   * (a column against another column, rows of another table). The list page reads the keys of
   * the rows it selects first (listSource), the export uses the SQL as it is. Code, not input.
   */
  | { kind: "condition"; sql: string };

/** Filter name (the URL's f_<name>) → what it filters. */
export type FilterSpecs = Readonly<Record<string, FilterSpec>>;
/** Columns every row of the list has these values in (an order list's status). */
export type FixedFilter = Readonly<Record<string, string>>;

type Condition = { column: string; prisma: unknown; op: string; value: string | boolean };

function conditions(specs: FilterSpecs, filters: Record<string, string>): Condition[] {
  const out: Condition[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const v = filters[name];
    if (!v || spec.kind === "condition") continue;
    const c = spec.column;
    switch (spec.kind) {
      case "contains":
        out.push({ column: c, prisma: { contains: v, mode: "insensitive" }, op: "ILIKE ('%' || $ || '%')", value: v });
        break;
      case "oneOf":
        if (spec.values.includes(v)) out.push({ column: c, prisma: v, op: "= $", value: v });
        break;
      case "yesNo":
        if (v === "yes" || v === "no") out.push({ column: c, prisma: v === "yes", op: "= $", value: v === "yes" });
        break;
      case "dayFrom":
      case "dayTo": {
        const d = isoDate(v);
        const from = spec.kind === "dayFrom";
        // "To" is before the next day, so a timestamp at any time of that day is on it.
        if (d && from) out.push({ column: c, prisma: { gte: d }, op: ">= $::date", value: v });
        if (d && !from) out.push({ column: c, prisma: { lt: new Date(d.getTime() + 86_400_000) }, op: "< ($::date + 1)", value: v });
        break;
      }
    }
  }
  return out;
}

/** Whether the URL filters the list at all (beyond its fixed columns). */
export function isFiltered(specs: FilterSpecs, filters: Record<string, string>) {
  return conditions(specs, filters).length > 0 || activeConditions(specs, filters).length > 0;
}

/** The SQL conditions the URL turns on ("yes"), each in parentheses. */
export function activeConditions(specs: FilterSpecs, filters: Record<string, string>) {
  return Object.entries(specs).flatMap(([name, spec]) => (spec.kind === "condition" && filters[name] === "yes" ? [`(${spec.sql})`] : []));
}

/** The list page's Prisma where (without the SQL conditions: listSource adds their rows' keys). */
export function prismaWhere(fixed: FixedFilter, specs: FilterSpecs, filters: Record<string, string>) {
  return { AND: [fixed, ...conditions(specs, filters).map((c) => ({ [c.column]: c.prisma }))] };
}

/** The same filter as SQL (`param` turns a value into a placeholder); "true" when none. */
export function sqlWhere(fixed: FixedFilter, specs: FilterSpecs, filters: Record<string, string>, param: (v: unknown) => string) {
  const parts = [
    ...Object.entries(fixed).map(([column, v]) => `${ident(column)} = ${param(v)}`),
    ...conditions(specs, filters).map((c) => `${ident(c.column)} ${c.op.replace("$", () => param(c.value))}`),
    ...activeConditions(specs, filters),
  ];
  return parts.length ? parts.join(" AND ") : "true";
}
