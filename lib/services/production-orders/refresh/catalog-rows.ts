import type { ApprovalStatus, VersionedHeader } from "@/lib/domain/refresh/types";

// Rows shared by both catalog queries: a BOM or routing header with its versions (a BOM's with
// how many lines each holds: the explosion's ceiling counts them).
export type VersionRow = [code: string, startingDate: string | null, status: ApprovalStatus, uom?: string, lineCount?: number];
export type HeaderRow = [no: string, status: ApprovalStatus, uom: string | null, versions: VersionRow[], lineCount?: number];

export const headerOf = ([no, status, uom, versions, lineCount]: HeaderRow): VersionedHeader => ({
  no, status, uom: uom ?? undefined, lineCount: lineCount ?? undefined,
  versions: versions.map(([code, startingDate, vStatus, vUom, vCount]) => ({
    code, startingDate, status: vStatus, uom: vUom ?? undefined, lineCount: vCount ?? undefined,
  })),
});
