import { Prisma } from "@/lib/generated/prisma/client";
import { cycleMessage, findBomCycle, type BomEdge, type BomLineKind, type BomStart, type CycleStep } from "@/lib/domain/bom/cycle-check";
import { DomainError } from "@/lib/errors";
import type { Tx } from "@/lib/services/tx";

// The BOM structure graph for the cycle check, in ONE statement whatever its depth or size: a
// recursive CTE walks from the candidate lines (phantom line → that BOM; item line → the item's
// Production BOM No.) through the stored lines of every version, and stops at the BOM the lines
// belong to. The pure helper then looks for the path back (lib/domain/bom/cycle-check.ts).

export type CandidateLine = { origin: string; type: BomLineKind; no: string };
export type BomGraph = { starts: Map<string, BomStart[]>; edges: BomEdge[] };

type Row = { kind: "s" | "e"; origin: string | null; parent: string | null; type: BomLineKind; no: string; child: string };

export async function loadBomGraph(tx: Tx, candidates: CandidateLine[]): Promise<BomGraph> {
  const starts = new Map<string, BomStart[]>();
  if (candidates.length === 0) return { starts, edges: [] };
  const rows = await tx.$queryRaw<Row[]>(Prisma.sql`
    WITH RECURSIVE cand AS (
      SELECT c.origin, c.type, c.no,
             CASE WHEN c.type = 'PRODUCTION_BOM' THEN c.no ELSE i."productionBomNo" END AS child
      FROM unnest(${candidates.map((c) => c.origin)}::text[], ${candidates.map((c) => c.type)}::text[],
                  ${candidates.map((c) => c.no)}::text[]) AS c(origin, type, no)
      LEFT JOIN "Item" i ON c.type = 'ITEM' AND i.no = c.no
    ),
    reach(origin, bom) AS (
      SELECT origin, child FROM cand WHERE child IS NOT NULL
      UNION
      SELECT r.origin, CASE WHEN l.type = 'PRODUCTION_BOM' THEN l.no ELSE i."productionBomNo" END
      FROM reach r
      JOIN "ProductionBomLine" l ON l."bomNo" = r.bom
      LEFT JOIN "Item" i ON l.type = 'ITEM' AND i.no = l.no
      WHERE r.bom <> r.origin AND (l.type = 'PRODUCTION_BOM' OR i."productionBomNo" IS NOT NULL)
    )
    SELECT 's' AS kind, origin, NULL AS parent, type, no, child FROM cand WHERE child IS NOT NULL
    UNION ALL
    SELECT DISTINCT 'e', NULL, l."bomNo", l.type::text, l.no, CASE WHEN l.type = 'PRODUCTION_BOM' THEN l.no ELSE i."productionBomNo" END
    FROM "ProductionBomLine" l
    LEFT JOIN "Item" i ON l.type = 'ITEM' AND i.no = l.no
    WHERE l."bomNo" IN (SELECT bom FROM reach WHERE bom <> origin)
      AND (l.type = 'PRODUCTION_BOM' OR i."productionBomNo" IS NOT NULL)`);
  const edges: BomEdge[] = [];
  for (const r of rows) {
    if (r.kind === "e") {
      edges.push({ parent: r.parent!, type: r.type, no: r.no, child: r.child });
      continue;
    }
    let list = starts.get(r.origin!);
    if (!list) starts.set(r.origin!, (list = []));
    list.push({ type: r.type, no: r.no, child: r.child });
  }
  return { starts, edges };
}

export function cycleOf(graph: BomGraph, origin: string): CycleStep[] | null {
  return findBomCycle(origin, graph.starts.get(origin) ?? [], graph.edges);
}

/**
 * Refuses lines that would make `bomNo` contain itself; the error sits on the line that starts
 * the path and names the whole path.
 */
export async function assertNoBomCycle(tx: Tx, bomNo: string, lines: { type: BomLineKind; no: string }[], field = "lines") {
  const graph = await loadBomGraph(
    tx,
    lines.map((l) => ({ origin: bomNo, type: l.type, no: l.no })),
  );
  const steps = cycleOf(graph, bomNo);
  if (!steps) return;
  const index = lines.findIndex((l) => l.type === steps[0].type && l.no === steps[0].no);
  throw new DomainError("BOM_CYCLE", cycleMessage(bomNo, steps), index >= 0 ? `${field}.${index}.no` : field);
}

/** Structure changes are serialized: two admins cannot each add one half of a cycle. */
export async function lockBomStructure(tx: Tx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('production-bom-structure'))`;
}
