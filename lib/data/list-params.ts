import { z } from "zod";

// Server-side sort, filter and paging for every list: the URL's search params are parsed
// against a whitelist of columns, so nothing the user types reaches SQL as an identifier.

export type ListParams<K extends string> = {
  sort: K;
  dir: "asc" | "desc";
  page: number;
  pageSize: number;
  filters: Record<string, string>;
};

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** A search param's value (the first, when it is repeated). */
const firstParam = (raw: RawSearchParams, k: string) => (Array.isArray(raw[k]) ? raw[k]?.[0] : raw[k]) as string | undefined;
/** A page number from the URL: 1 … 100,000, else 1. */
const pageParam = (raw: RawSearchParams, k: string) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .catch(1)
    .parse(firstParam(raw, k) ?? 1);

export function parseListParams<K extends string>(
  raw: RawSearchParams,
  opts: { sortable: readonly K[]; defaultSort: K; defaultDir?: "asc" | "desc"; filters: readonly string[]; pageSize?: number },
): ListParams<K> {
  const one = (k: string) => firstParam(raw, k);
  const sort = (opts.sortable as readonly string[]).includes(one("sort") ?? "") ? (one("sort") as K) : opts.defaultSort;
  const dir = one("dir") === "desc" ? "desc" : one("dir") === "asc" ? "asc" : (opts.defaultDir ?? "asc");
  const page = pageParam(raw, "page");
  const pageSize = z.coerce
    .number()
    .int()
    .min(5)
    .max(200)
    .catch(opts.pageSize ?? 25)
    .parse(one("size") ?? opts.pageSize ?? 25);
  const filters: Record<string, string> = {};
  for (const f of opts.filters) {
    const v = one(`f_${f}`)?.trim();
    if (v) filters[f] = v.slice(0, 100);
  }
  return { sort, dir, page, pageSize, filters };
}

/** A requested page brought within 1 … the last page (a list that shrank keeps the reader on its end). */
export function pageOf(requested: number, total: number, pageSize: number) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.trunc(requested) || 1), pages);
  return { page, pages, pageSize, skip: (page - 1) * pageSize };
}

/** What an order card's URL selects: the line shown in detail, the page of lines, the page of its components. */
export type OrderCardParams = { line: number | null; linePage: number; componentPage: number };

export function parseOrderCardParams(raw: RawSearchParams): OrderCardParams {
  const line = z.coerce
    .number()
    .int()
    .min(0)
    .max(2_147_483_647)
    .nullable()
    .catch(null)
    .parse(firstParam(raw, "line") ?? null);
  return { line, linePage: pageParam(raw, "lpage"), componentPage: pageParam(raw, "cpage") };
}

/** A case-insensitive "contains" filter for Prisma string columns. */
export function contains(value: string | undefined) {
  return value ? { contains: value, mode: "insensitive" as const } : undefined;
}

export function isoDate(value: string | undefined): Date | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** totalExact false: `total` is the planner's estimate (a big list: lib/data/list-count.ts). */
export type Page<T> = { rows: T[]; total: number; totalExact?: boolean; page: number; pageSize: number };
