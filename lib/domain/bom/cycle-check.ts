import { msg, type Message } from "@/lib/i18n/domain-message";
// A production BOM may never contain itself, directly or through any depth of sub-BOMs. The
// structure is a graph of BOMs: a phantom line (Type Production BOM) leads to that BOM; an item
// line leads to the item's Production BOM No. All versions count, because which version applies
// is only known per date. The database walks the graph once (a recursive CTE from the candidate
// lines, see lib/services/master-data/boms/cycle.ts); this pure part finds the path back.

export type BomLineKind = "ITEM" | "PRODUCTION_BOM";

/** A line of BOM `parent` that leads to BOM `child` (through an item when type is ITEM). */
export type BomEdge = { parent: string; type: BomLineKind; no: string; child: string };

/** A candidate line of the BOM being checked, with the BOM it leads to. */
export type BomStart = { type: BomLineKind; no: string; child: string };

export type CycleStep = { type: BomLineKind; no: string; child: string };

/**
 * The shortest path from one of the candidate lines back to `origin`, or null when there is
 * none. Breadth-first, so a direct self-reference is reported as one step.
 */
export function findBomCycle(origin: string, starts: BomStart[], edges: BomEdge[]): CycleStep[] | null {
  const out = new Map<string, BomEdge[]>();
  for (const e of edges) {
    if (e.parent === origin) continue; // the origin's stored lines are being replaced
    let list = out.get(e.parent);
    if (!list) out.set(e.parent, (list = []));
    list.push(e);
  }
  const cameFrom = new Map<string, { step: CycleStep; prev: string | null }>();
  const queue: string[] = [];
  for (const s of starts) {
    const step = { type: s.type, no: s.no, child: s.child };
    if (s.child === origin) return [step];
    if (cameFrom.has(s.child)) continue;
    cameFrom.set(s.child, { step, prev: null });
    queue.push(s.child);
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const e of out.get(node) ?? []) {
      const step = { type: e.type, no: e.no, child: e.child };
      if (e.child === origin) return [...pathTo(node, cameFrom), step];
      if (cameFrom.has(e.child)) continue;
      cameFrom.set(e.child, { step, prev: node });
      queue.push(e.child);
    }
  }
  return null;
}

function pathTo(node: string, cameFrom: Map<string, { step: CycleStep; prev: string | null }>): CycleStep[] {
  const steps: CycleStep[] = [];
  for (let at: string | null = node; at !== null;) {
    const hop = cameFrom.get(at);
    if (!hop) break;
    steps.unshift(hop.step);
    at = hop.prev;
  }
  return steps;
}

/** "A → B → item 1100 → 1100 → A": the BOMs on the way, and the items that lead into them. */
export function describeCycle(origin: string, steps: CycleStep[]): string {
  return [origin, ...steps.map((s) => (s.type === "ITEM" ? `item ${s.no} → ${s.child}` : s.child))].join(" → ");
}

export function cycleMessage(origin: string, steps: CycleStep[]): Message {
  return msg("bomCycle", { no: origin, path: describeCycle(origin, steps) });
}
