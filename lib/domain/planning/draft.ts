// The engine's working records: a planning key's demand and supply in scaled units and day
// numbers, and the draft lines balancing produces before they are ordered and numbered (PL-9).
import type { Message } from "@/lib/i18n/domain-message";
import type { KeyParameters } from "@/lib/domain/planning/lot-size";
import type {
  ActionMessage,
  PlanningDemand,
  PlanningItem,
  PlanningKey,
  PlanningSupply,
  PlanningWarning,
  ProjectionPoint,
} from "@/lib/domain/planning/types";

export type ProdOrderSupply = Extract<PlanningSupply, { kind: "PROD_ORDER" }>;

export type DemandEvent = {
  demand: PlanningDemand;
  day: number;
  qty: number;
  /** BC's demand priority: sales before component need (Design Details: Prioritizing Orders). */
  priority: number;
  /** Input order, the last tie-breaker. */
  seq: number;
  /** Replaced by a changed order's new component need (BC loads the changed order's lines). */
  dropped: boolean;
};

export type SupplyEvent = {
  supply: ProdOrderSupply;
  day: number;
  qty: number;
  /** Planned and Firm Planned supply inside the horizon gets action messages; Released never. */
  changeable: boolean;
  assigned: boolean;
};

export type KeyProfile = PlanningKey & {
  inventory: number;
  demands: DemandEvent[];
  supplies: SupplyEvent[];
  planned: boolean;
};

export type DraftLine = PlanningKey & {
  item: PlanningItem;
  actionMessage: ActionMessage;
  existing: ProdOrderSupply | null;
  qty: number;
  dueDay: number;
  startingDate: string;
  endingDate: string;
  warning: PlanningWarning | null;
  warningText: Message | null;
  covers: { demand: PlanningDemand; qty: number }[];
  projection: ProjectionPoint[];
  planningLevel: number;
  /** The level-0 line a make-to-order subline is carried out with. */
  parent: DraftLine | null;
  children: DraftLine[];
  /** Creation order: the last tie-breaker of the line order. */
  seq: number;
  lowLevelCode: number;
  /** The source of the component demand this line creates, shared, numbered with the line (PL-9). */
  source: { type: "PLANNING_LINE"; lineNo: number };
};

export type KeyContext = { profile: KeyProfile; params: KeyParameters; item: PlanningItem };

/** BC shows one warning per line: Emergency over Exception over Attention. */
export function setWarning(line: DraftLine, warning: PlanningWarning, text: Message): void {
  const rank = { EMERGENCY: 3, EXCEPTION: 2, ATTENTION: 1 } as const;
  if (line.warning && rank[line.warning] >= rank[warning]) return;
  line.warning = warning;
  line.warningText = text;
}
