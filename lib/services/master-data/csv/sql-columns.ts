import { Prisma } from "@/lib/generated/prisma/client";
import { PLANNING_PARAMETER_FIELDS, type PlanningParameterKind } from "@/lib/domain/planning/parameter-fields";

// Set-based writes of only the columns a file names: every column travels as one array
// parameter of one unnest(), whatever the number of rows. Column names come from the fixed
// specs below the callers, never from the file.

/** PostgreSQL element type of the array parameter, and the enum type to cast to (if any). */
export type SqlColumn = { type: "text" | "numeric" | "int" | "boolean"; enumType?: string };
export type SqlColumns = Record<string, SqlColumn>;

/** A quoted identifier from a fixed spec (never from the file). */
export const ident = (name: string) => Prisma.raw(`"${name.replace(/"/g, "")}"`);

/** `unnest($1::text[], $2::numeric[]) AS t("no", "unitCost")` over the given keys of the rows. */
export function unnestOf(rows: Record<string, unknown>[], keys: string[], spec: SqlColumns): Prisma.Sql {
  const arrays = keys.map((k) => Prisma.sql`${rows.map((r) => r[k] ?? null)}::${Prisma.raw(spec[k].type)}[]`);
  return Prisma.sql`unnest(${Prisma.join(arrays)}) AS t(${Prisma.join(keys.map(ident))})`;
}

/** `t."key"`, cast to its enum type where it has one. */
export function valueOf(key: string, spec: SqlColumns): Prisma.Sql {
  const enumType = spec[key].enumType;
  return enumType ? Prisma.sql`t.${ident(key)}::${ident(enumType)}` : Prisma.sql`t.${ident(key)}`;
}

/** `"a" = t."a", "b" = t."b"::"Enum"` for an UPDATE … FROM unnest. */
export function setList(keys: string[], spec: SqlColumns): Prisma.Sql {
  return Prisma.join(keys.map((k) => Prisma.sql`${ident(k)} = ${valueOf(k, spec)}`));
}

export const columnList = (keys: string[]) => Prisma.join(keys.map(ident));
export const valueList = (keys: string[], spec: SqlColumns) => Prisma.join(keys.map((k) => valueOf(k, spec)));

const SQL_COLUMN_OF_KIND: Record<PlanningParameterKind, SqlColumn> = {
  policy: { type: "text", enumType: "ReorderingPolicy" },
  quantity: { type: "numeric" },
  days: { type: "int" },
  yesNo: { type: "boolean" },
};

/** PL-1 planning parameters, as the items and stockkeeping-unit files write them. */
export const PLANNING_SQL_COLUMNS: SqlColumns = Object.fromEntries(
  PLANNING_PARAMETER_FIELDS.map((f) => [f.name, SQL_COLUMN_OF_KIND[f.kind]]),
);
