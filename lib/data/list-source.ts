import "server-only";
import { requireViewer } from "@/lib/auth";
import { afterRow, keyColumns, listOrderBy, type Dir, type ListShape } from "@/lib/data/keyset";
import type { ListParams, Page } from "@/lib/data/list-params";
import type { Permission } from "@/lib/domain/auth/permissions";

// One list's query, written once and read two ways: a page of it for the list page (OFFSET and a
// total, with the viewer's permission checked), and, for the export, the rows after a given row
// in the same order (keyset: no OFFSET, no count), so the file has the list's rows and order.

export type ListOrderBy = Record<string, "asc" | "desc" | { sort: Dir; nulls: "last" }>[];
export type FindArgs<W> = { where: W; orderBy: ListOrderBy; skip?: number; take: number };
export type ListQuery = { sort: string; dir: Dir; filters: Record<string, string> };

export type ListSource<R> = {
  permission: Permission;
  /** The page the list shows (checks the viewer's permission). */
  page(p: ListParams<string>): Promise<Page<R>>;
  /**
   * Up to `take` rows after `after` (from the start when null) in the list's order. It does NOT
   * check the permission: its caller (the export) checks it once, before the first read.
   */
  readAfter(q: ListQuery, after: R | null, take: number): Promise<R[]>;
};

export function listSource<W, Raw extends object, R extends Raw = Raw>(def: {
  permission: Permission;
  shape: ListShape;
  where: (filters: Record<string, string>) => W;
  findMany: (args: FindArgs<W>) => Promise<Raw[]>;
  count: (args: { where: W }) => Promise<number>;
  /** Completes a page's rows with what the table alone does not hold (one query per page). */
  complete?: (rows: Raw[]) => Promise<R[]>;
}): ListSource<R> {
  const complete = def.complete ?? (async (rows: Raw[]) => rows as R[]);
  return {
    permission: def.permission,
    async page(p) {
      await requireViewer(def.permission);
      const where = def.where(p.filters);
      const orderBy = listOrderBy(def.shape, p.sort, p.dir) as ListOrderBy;
      const [rows, total] = await Promise.all([
        def.findMany({ where, orderBy, skip: (p.page - 1) * p.pageSize, take: p.pageSize }),
        def.count({ where }),
      ]);
      return { rows: await complete(rows), total, page: p.page, pageSize: p.pageSize };
    },
    async readAfter(q, after, take) {
      const filtered = def.where(q.filters);
      const keys = keyColumns(def.shape, q.sort, q.dir);
      const where = after ? ({ AND: [filtered, afterRow(keys, after as Record<string, unknown>)] } as unknown as W) : filtered;
      const rows = await def.findMany({ where, orderBy: listOrderBy(def.shape, q.sort, q.dir) as ListOrderBy, take });
      return complete(rows);
    },
  };
}
