import type { ReactNode } from "react";
import { changeBomStatusAction, copyProductionBomAction, deleteProductionBomAction } from "@/lib/actions/master-data/boms";
import { changeRoutingStatusAction, copyRoutingAction, deleteRoutingAction } from "@/lib/actions/master-data/routings";
import { listBomCopySources, listRoutingCopySources } from "@/lib/data/copy-sources";
import type { BomStatus } from "@/lib/generated/prisma/enums";

// The two versioned master records, Production BOM and Routing (BC: the same header / lines /
// versions pattern under the same status rules): what differs between their pages. The pages
// themselves are versioned-list, versioned-card and version-page.

export type VersionedKind = "bom" | "routing";

export const KINDS = {
  bom: {
    listPath: "/production-boms",
    namespace: "productionBoms",
    editor: "bomEditor",
    copyTitle: "copyBom",
    changeStatus: changeBomStatusAction,
    copy: copyProductionBomAction,
    remove: deleteProductionBomAction,
    copySources: listBomCopySources,
  },
  routing: {
    listPath: "/routings",
    namespace: "routings",
    editor: "routingEditor",
    copyTitle: "copyRouting",
    changeStatus: changeRoutingStatusAction,
    copy: copyRoutingAction,
    remove: deleteRoutingAction,
    copySources: listRoutingCopySources,
  },
} as const;

/** A column of one record only, shown before Status. */
export type ExtraColumn<R> = { key: string; label: string; cell: (r: R) => ReactNode };

export type Header = { no: string; description: string; status: BomStatus; version: number };
export type Version = { versionCode: string; description: string; startingDate: Date | null; status: BomStatus; version: number };

export const cardPathOf = (kind: VersionedKind, no: string) => `${KINDS[kind].listPath}/${encodeURIComponent(no)}`;
