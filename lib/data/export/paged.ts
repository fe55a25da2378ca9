import "server-only";
import { parseListParams, type RawSearchParams } from "@/lib/data/list-params";
import type { Cursor, ListQuery, ListSource } from "@/lib/data/list-source";
import type { Permission } from "@/lib/domain/auth/permissions";
import { csvLine, type CsvCell } from "@/lib/domain/csv/write";
import { currentLocale } from "@/lib/i18n/localize-errors";
import { logUnexpected } from "@/lib/log";

// A list export writes EVERY row of the list's current filter, in the list's order, as CSV that
// is sent while it is read: page after page by keyset (the rows after the last one sent, no
// OFFSET and no count), each page written out before the next is read, so the server holds one
// page at a time however long the list is. There is no row limit.
//
// A read that fails once the file has started ERRORS THE STREAM: the server closes the
// connection without ending the response, so the browser reports the download as failed and
// no one mistakes a truncated file for the whole list. (A failure before the first byte is an
// ordinary error response.)

export const EXPORT_PAGE_SIZE = 5000;

export type ExportColumn<R> = [caption: string, value: (row: R) => CsvCell];

export type ListExport = {
  permission: Permission;
  fileName: string;
  /**
   * The list's CSV for these search params (byte order mark, header, every row). The first page
   * is read before it returns; the caller has checked the permission before calling it.
   */
  open(raw: RawSearchParams, opts?: { pageSize?: number }): Promise<ReadableStream<Uint8Array>>;
};

export function listExport<K extends string, R, F extends keyof R & string>(def: {
  fileName: string;
  sortable: readonly K[];
  defaultSort: K;
  defaultDir?: "asc" | "desc";
  filters: readonly string[];
  source: ListSource<R>;
  /** The fields the columns read: only these are read from the database. */
  fields: readonly F[];
  columns: ExportColumn<Pick<R, F>>[];
}): ListExport {
  const header = def.columns.map(([caption]) => caption);
  return {
    permission: def.source.permission,
    fileName: def.fileName,
    async open(raw, opts = {}) {
      const pageSize = opts.pageSize ?? EXPORT_PAGE_SIZE;
      const { sort, dir, filters } = parseListParams(raw, {
        sortable: def.sortable,
        defaultSort: def.defaultSort,
        defaultDir: def.defaultDir,
        filters: def.filters,
      });
      const query: ListQuery = { sort, dir, filters };
      // The user's language decides the file's separator and decimal mark (write.ts).
      const locale = await currentLocale();
      const lines = (rows: Pick<R, F>[]) => {
        let text = "";
        for (const r of rows)
          text += csvLine(
            def.columns.map(([, value]) => value(r)),
            locale,
          );
        return text;
      };
      const read = (after: Cursor | null) => def.source.readAfter(query, after, pageSize, def.fields);
      const first = await read(null);
      // The byte order mark makes Excel read the file as UTF-8.
      return pageStream("\uFEFF" + csvLine(header, locale) + lines(first.rows), first, pageSize, read, lines);
    },
  };
}

/** Sends `start`, then page after page until a page comes back short; one page in memory. */
type Read<R> = { rows: R[]; cursor: Cursor | null };

function pageStream<R>(
  start: string,
  first: Read<R>,
  pageSize: number,
  next: (after: Cursor) => Promise<Read<R>>,
  lines: (rows: R[]) => string,
) {
  const encoder = new TextEncoder();
  let cursor = first.cursor;
  let done = first.rows.length < pageSize;
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(start));
        if (done) controller.close();
      },
      async pull(controller) {
        try {
          const { rows, cursor: after } = await next(cursor!);
          if (cancelled) return;
          if (rows.length) controller.enqueue(encoder.encode(lines(rows)));
          cursor = after ?? cursor;
          done = rows.length < pageSize;
          if (done) controller.close();
        } catch (e) {
          logUnexpected(e);
          controller.error(e);
        }
      },
      cancel() {
        // The client went away: read no further pages.
        cancelled = true;
      },
    },
    // One page waiting to be sent at most: the reader's pace sets the database's.
    { highWaterMark: 1 },
  );
}

/** A @db.Date as yyyy-mm-dd, a timestamp as ISO 8601 (UTC): unambiguous in every locale. */
export const isoDay = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
export const isoTime = (d: Date | null | undefined) => (d ? d.toISOString().replace(".000Z", "Z") : "");
