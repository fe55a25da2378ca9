import { Prisma } from "@/lib/generated/prisma/client";
import type { PlanningParameters, ReorderingPolicy } from "@/lib/domain/planning/types";

// The PL-1 planning parameters as the loader selects them: from the item, or from a stockkeeping
// unit whose blank (null) fields fall back to its item's.

export type ParameterRow = {
  reorderingPolicy: ReorderingPolicy | null;
  safetyStockQuantity: string;
  reorderPoint: string;
  reorderQuantity: string;
  maximumInventory: string;
  overflowLevel: string;
  timeBucketDays: number | null;
  lotAccumulationPeriodDays: number | null;
  reschedulingPeriodDays: number | null;
  dampenerPeriodDays: number | null;
  dampenerQuantity: string | null;
  includeInventory: boolean;
  minimumOrderQuantity: string;
  maximumOrderQuantity: string;
  orderMultiple: string;
};

const DECIMALS = [
  "safetyStockQuantity",
  "reorderPoint",
  "reorderQuantity",
  "maximumInventory",
  "overflowLevel",
  "dampenerQuantity",
  "minimumOrderQuantity",
  "maximumOrderQuantity",
  "orderMultiple",
] as const;
const OTHERS = ["timeBucketDays", "lotAccumulationPeriodDays", "reschedulingPeriodDays", "dampenerPeriodDays", "includeInventory"] as const;

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

export function parametersOf(r: ParameterRow): PlanningParameters {
  return {
    reorderingPolicy: r.reorderingPolicy,
    safetyStockQuantity: r.safetyStockQuantity,
    reorderPoint: r.reorderPoint,
    reorderQuantity: r.reorderQuantity,
    maximumInventory: r.maximumInventory,
    overflowLevel: r.overflowLevel,
    timeBucketDays: r.timeBucketDays,
    lotAccumulationPeriodDays: r.lotAccumulationPeriodDays,
    reschedulingPeriodDays: r.reschedulingPeriodDays,
    dampenerPeriodDays: r.dampenerPeriodDays,
    dampenerQuantity: r.dampenerQuantity,
    includeInventory: r.includeInventory,
    minimumOrderQuantity: r.minimumOrderQuantity,
    maximumOrderQuantity: r.maximumOrderQuantity,
    orderMultiple: r.orderMultiple,
  };
}
