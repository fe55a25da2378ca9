import { Prisma } from "@/lib/generated/prisma/client";
import { PLANNING_PARAMETER_FIELDS, planningParameterNames } from "@/lib/domain/planning/parameter-fields";
import type { PlanningParameters } from "@/lib/domain/planning/types";

// The PL-1 planning parameters as the loader selects them: from the item, or from a stockkeeping
// unit whose blank (null) fields fall back to its item's.

/** The row the loader reads: the parameters as the engine takes them (decimals as text). */
export type ParameterRow = PlanningParameters;

const DECIMALS = planningParameterNames("quantity");
const OTHERS = [...planningParameterNames("days"), ...planningParameterNames("yesNo")];

const col = (alias: string, name: string) => Prisma.raw(`${alias}."${name}"`);

/**
 * The select list of the parameters of `alias`; with `fallback`, each blank value of `alias`
 * (a stockkeeping unit's) is the `fallback` row's (its item's). A SKU's Reordering Policy counts
 * as set only when it has one: BC's SKU card copies the item's, so a blank one means "as the item".
 */
export function parameterColumns(alias: string, fallback: string | null): Prisma.Sql {
  const value = (name: string) => (fallback ? Prisma.sql`coalesce(${col(alias, name)}, ${col(fallback, name)})` : col(alias, name));
  return Prisma.join([
    Prisma.sql`${value("reorderingPolicy")}::text AS "reorderingPolicy"`,
    ...DECIMALS.map((name) => Prisma.sql`trim_scale(${value(name)})::text AS ${Prisma.raw(`"${name}"`)}`),
    ...OTHERS.map((name) => Prisma.sql`${value(name)} AS ${Prisma.raw(`"${name}"`)}`),
  ]);
}

/** The parameters of a row that carries them among other columns. */
export function parametersOf(r: ParameterRow): PlanningParameters {
  return Object.fromEntries(PLANNING_PARAMETER_FIELDS.map((f) => [f.name, r[f.name]])) as PlanningParameters;
}
