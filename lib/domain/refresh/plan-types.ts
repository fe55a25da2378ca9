// What a refresh computes: the order lines with their routing lines and components, ready to be
// written in bulk. Expected Quantity is left to the insert (see the service's writer), which
// computes it set-based from Quantity per and the line's quantity and scrap.
import type { IsoDate } from "@/lib/domain/calendar/iso-date";
import type { ExplodedComponent, ExplosionFrame } from "@/lib/domain/refresh/explode-bom";
import type { ScheduledRoutingLine } from "@/lib/domain/refresh/schedule-line";
import type { Direction } from "@/lib/domain/refresh/types";
import type { LineTrace } from "@/lib/domain/scheduling/schedule-trace";

export type PlannedComponent = ExplodedComponent & {
  lineNo: number;
  locationCode: string | null;
  dueDateTime: Date;
  /** Line No. of the order line that produces this component (RF-4), else null. */
  suppliedByLineNo: number | null;
};

export type ExistingLineState = {
  lineNo: number;
  startingDateTime: Date;
  endingDateTime: Date;
  routingVersion: string | null;
  /** The line's stored Scrap % (its components are computed with it, not the item's today). */
  scrapPercent: string;
  /** Start of each existing routing line by Routing Link Code (for component due dates). */
  linkStarts: Record<string, Date>;
};

export type PlannedLine = {
  lineNo: number;
  itemNo: string;
  variantCode: string;
  description: string;
  description2: string;
  locationCode: string | null;
  quantity: string;
  uom: string;
  scrapPercent: string;
  unitCost: string;
  dueDate: IsoDate;
  startingDateTime: Date;
  endingDateTime: Date;
  planningLevel: number;
  bomNo: string | null;
  bomVersion: string | null;
  routingNo: string | null;
  routingVersion: string | null;
  /** null = keep the existing routing lines (Calculate Routings off). */
  routingLines: ScheduledRoutingLine[] | null;
  /** null = keep the existing components (Calculate Component Need off). */
  components: PlannedComponent[] | null;
  /** The BOMs read for `components` (the line's own and its phantoms), null when none was. */
  bomFrames: ExplosionFrame[] | null;
  /** Start of the first routing line per Routing Link Code: components linked to it are due then. */
  linkStarts: Map<string, Date> | null;
  /** Only when the refresh was asked to trace ("Why this date?"). */
  trace?: LineTrace;
};

export type RefreshOptions = {
  direction: Direction;
  calcLines: boolean;
  calcRoutings: boolean;
  calcComponents: boolean;
};

export type RefreshPlan = {
  lines: PlannedLine[];
  header: { startingDateTime: Date | null; endingDateTime: Date | null; dueDate: IsoDate | null };
};
