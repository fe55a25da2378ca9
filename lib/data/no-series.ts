import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { AT_WARNING_NO } from "@/lib/data/list-conditions";
import type { ListParams } from "@/lib/data/list-params";
import { listSource } from "@/lib/data/list-source";
import type { NoSeries } from "@/lib/generated/prisma/client";
import { peekNextNo } from "@/lib/services/no-series/document-no";
import { EFFECTIVE_LAST_NO_USED, readSeriesLines, SEQUENCE_JOIN } from "@/lib/services/no-series/series-lines";

export const NO_SERIES_SORTS = ["code", "description", "defaultNos", "manualNos", "dateOrder"] as const;
export const NO_SERIES_FILTERS = ["code", "description", "atWarning"] as const;
export type NoSeriesSort = (typeof NO_SERIES_SORTS)[number];

type CurrentLine = { code: string; startingNo: string | null; endingNo: string | null; lastNoUsed: string | null; nextNo: string | null };

type SeriesRow = NoSeries;
type SeriesListRow = SeriesRow & { startingNo: string; endingNo: string; lastNoUsed: string; nextNo: string };

/** The series list: each row shows the line used today (NS-4) and the number it gives next (NS-10). */
export const noSeriesList = listSource<NoSeries, SeriesListRow>({
  permission: "noSeries.manage",
  table: "NoSeries",
  shape: { tiebreak: ["code"] },
  filters: {
    code: { kind: "contains", column: "code" },
    description: { kind: "contains", column: "description" },
    atWarning: { kind: "condition", sql: AT_WARNING_NO },
  },
  complete: withCurrentLines,
  completes: ["startingNo", "endingNo", "lastNoUsed", "nextNo"],
});

export const listNoSeries = (p: ListParams<NoSeriesSort>) => noSeriesList.page(p);

async function withCurrentLines(series: SeriesRow[]): Promise<SeriesListRow[]> {
  const codes = series.map((s) => s.code);
  // One query for the whole page, however many series it shows.
  const current = codes.length
    ? await db.$queryRaw<CurrentLine[]>`
        SELECT s.code, l."startingNo", l."endingNo", ${EFFECTIVE_LAST_NO_USED} AS "lastNoUsed", ns_peek_next(s.code, NULL) AS "nextNo"
          FROM unnest(${codes}::text[]) AS s(code)
          LEFT JOIN LATERAL ns_select_line(s.code, current_date) sel ON true
          LEFT JOIN "NoSeriesLine" l ON l.id = sel.line_id
          ${SEQUENCE_JOIN}`
    : [];
  const byCode = new Map(current.map((c) => [c.code, c]));
  return series.map((s) => {
    const c = byCode.get(s.code);
    return { ...s, startingNo: c?.startingNo ?? "", endingNo: c?.endingNo ?? "", lastNoUsed: c?.lastNoUsed ?? "", nextNo: c?.nextNo ?? "" };
  });
}

export type NoSeriesCardLine = {
  id: number;
  startingDate: string;
  startingNo: string;
  endingNo: string;
  warningNo: string;
  incrementBy: number;
  lastNoUsed: string;
  lastDateUsed: string;
  open: boolean;
  implementation: "NORMAL" | "SEQUENCE";
};

export type NoSeriesCard = {
  code: string;
  description: string;
  defaultNos: boolean;
  manualNos: boolean;
  dateOrder: boolean;
  version: number;
  nextNo: string;
  lines: NoSeriesCardLine[];
};

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** A series with its lines for the edit card (plain values a client form can hold). */
export async function getNoSeriesCard(code: string): Promise<NoSeriesCard | null> {
  await requireViewer("noSeries.manage");
  const series = await db.noSeries.findUnique({ where: { code } });
  if (!series) return null;
  const [lines, nextNo] = await Promise.all([readSeriesLines(db, code), peekNextNo(db, code)]);
  return {
    code: series.code,
    description: series.description,
    defaultNos: series.defaultNos,
    manualNos: series.manualNos,
    dateOrder: series.dateOrder,
    version: series.version,
    nextNo: nextNo ?? "",
    lines: lines.map((l) => ({
      id: l.id,
      startingDate: iso(l.startingDate),
      startingNo: l.startingNo,
      endingNo: l.endingNo,
      warningNo: l.warningNo,
      incrementBy: l.incrementBy,
      lastNoUsed: l.effectiveLastNoUsed,
      lastDateUsed: iso(l.lastDateUsed),
      open: l.open,
      implementation: l.implementation,
    })),
  };
}
