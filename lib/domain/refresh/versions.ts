// RF-3/RF-5: which lines of a production BOM or routing apply on a date. As BC's
// VersionManagement: the certified version with the latest Starting Date on or before the date
// (a blank Starting Date counts as "always"), else the header's own lines, which must then be
// certified themselves.
import { DomainError } from "@/lib/errors";
import type { IsoDate } from "@/lib/domain/calendar/iso-date";
import type { VersionedHeader } from "@/lib/domain/refresh/types";
import { msg } from "@/lib/i18n/domain-message";

export type VersionKind = "BOM" | "ROUTING";

export type SelectedVersion = {
  /** null = the header's lines. */
  versionCode: string | null;
  /** Unit of measure of the selected version (BOMs only). */
  uom?: string;
};

/** "Status must be Certified in Production BOM Header No.='X'." — BC's TestField wording. */
export function notCertifiedError(kind: VersionKind, no: string): DomainError {
  return new DomainError(
    kind === "BOM" ? "BOM_NOT_CERTIFIED" : "ROUTING_NOT_CERTIFIED",
    msg(kind === "BOM" ? "notCertified" : "routingNotCertified", { no }),
    kind === "BOM" ? "productionBomNo" : "routingNo",
  );
}

export function selectVersion(kind: VersionKind, header: VersionedHeader, date: IsoDate): SelectedVersion {
  let best: VersionedHeader["versions"][number] | null = null;
  for (const v of header.versions) {
    if (v.status !== "CERTIFIED") continue;
    if (v.startingDate !== null && v.startingDate > date) continue;
    const later =
      best === null ||
      (v.startingDate ?? "") > (best.startingDate ?? "") ||
      ((v.startingDate ?? "") === (best.startingDate ?? "") && v.code > best.code);
    if (later) best = v;
  }
  if (best) return { versionCode: best.code, uom: best.uom ?? header.uom };
  if (header.status !== "CERTIFIED") throw notCertifiedError(kind, header.no);
  return { versionCode: null, uom: header.uom };
}
