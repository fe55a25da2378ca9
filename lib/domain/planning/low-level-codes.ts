// PL-2: an item's low-level code is its deepest position in any certified BOM (phantoms are
// already expanded by the loader), so planning items in ascending code plans every parent before
// its components. A cycle has no deepest position: its items are reported (never looped on) and
// share one code, one below the deepest parent reaching the cycle. Iterative Tarjan plus a
// longest path over the condensed graph: linear in items + BOM lines, no recursion depth limit.
import type { PlanningItem } from "@/lib/domain/planning/types";

export type LowLevelCodes = { codes: Map<string, number>; cycles: string[][] };

export function computeLowLevelCodes(items: PlanningItem[]): LowLevelCodes {
  const index = new Map<string, number>();
  const sortedItems = [...items].sort((a, b) => cmp(a.itemNo, b.itemNo));
  sortedItems.forEach((item, i) => index.set(item.itemNo, i));
  const n = sortedItems.length;
  const edges: number[][] = sortedItems.map((item) => {
    const children = new Set<number>();
    for (const c of item.components) {
      const j = index.get(c.itemNo);
      if (j !== undefined) children.add(j);
    }
    return [...children].sort((a, b) => a - b);
  });

  const component = stronglyConnectedComponents(n, edges);
  const members = new Map<number, number[]>();
  component.forEach((c, i) => {
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  });

  const cycles: string[][] = [];
  for (const list of members.values()) {
    const selfLoop = list.length === 1 && edges[list[0]].includes(list[0]);
    if (list.length > 1 || selfLoop) cycles.push(list.map((i) => sortedItems[i].itemNo).sort(cmp));
  }
  cycles.sort((a, b) => cmp(a[0], b[0]));

  // Longest path from the roots over the condensed graph (Kahn's order on components).
  const componentCount = members.size;
  const indegree = new Array<number>(componentCount).fill(0);
  const out: number[][] = Array.from({ length: componentCount }, () => []);
  for (let i = 0; i < n; i++) {
    for (const j of edges[i]) {
      if (component[i] === component[j]) continue;
      out[component[i]].push(component[j]);
      indegree[component[j]]++;
    }
  }
  const level = new Array<number>(componentCount).fill(0);
  const queue: number[] = [];
  for (let c = 0; c < componentCount; c++) if (indegree[c] === 0) queue.push(c);
  for (let head = 0; head < queue.length; head++) {
    const c = queue[head];
    for (const d of out[c]) {
      if (level[c] + 1 > level[d]) level[d] = level[c] + 1;
      if (--indegree[d] === 0) queue.push(d);
    }
  }
  const codes = new Map<string, number>();
  sortedItems.forEach((item, i) => codes.set(item.itemNo, level[component[i]]));
  return { codes, cycles };
}

/** Tarjan's algorithm without recursion; returns each node's component id. */
function stronglyConnectedComponents(n: number, edges: number[][]): number[] {
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const component = new Array<number>(n).fill(-1);
  const stack: number[] = [];
  let counter = 0;
  let components = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    const work: [node: number, edge: number][] = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [v, e] = frame;
      if (e < edges[v].length) {
        frame[1]++;
        const w = edges[v][e];
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v], order[w]);
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          component[w] = components;
        } while (w !== v);
        components++;
      }
    }
  }
  return component;
}

/** Code-point order: deterministic whatever the runtime's locale (PL-9). */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
