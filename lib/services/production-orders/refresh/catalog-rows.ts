import type { ApprovalStatus, VersionedHeader } from "@/lib/domain/refresh/types";

// Rows shared by both catalog queries: a BOM or routing header with its versions.
export type VersionRow = [code: string, startingDate: string | null, status: ApprovalStatus, uom?: string];
export type HeaderRow = [no: string, status: ApprovalStatus, uom: string | null, versions: VersionRow[]];

export const headerOf = ([no, status, uom, versions]: HeaderRow): VersionedHeader => ({
  no,
  status,
  uom: uom ?? undefined,
  versions: versions.map(([code, startingDate, vStatus, vUom]) => ({ code, startingDate, status: vStatus, uom: vUom ?? undefined })),
});
