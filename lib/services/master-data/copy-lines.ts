import { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { msg, type Message } from "@/lib/i18n/domain-message";
import type { SqlTx } from "@/lib/services/sql-tx";

// What Copy BOM and Copy Routing share (BC's "Production BOM-Copy" and "Routing Line-Copy
// Lines"): the lines of a source record (a header or one of its versions) replace those of the
// target, keeping their numbers. Set-based: one DELETE and one INSERT … SELECT whatever the
// number of lines.

/** A line table: its parent's key column and the columns a copy carries over (line number first). */
export type LineTable = { table: string; parent: string; columns: readonly string[] };

export const BOM_LINES: LineTable = {
  table: "ProductionBomLine",
  parent: "bomNo",
  columns: [
    "lineNo",
    "type",
    "no",
    "description",
    "quantityPer",
    "unitOfMeasureCode",
    "scrapPercent",
    "routingLinkCode",
    "startingDate",
    "endingDate",
    "calculationFormula",
  ],
};

export const ROUTING_LINES: LineTable = {
  table: "RoutingLine",
  parent: "routingNo",
  columns: [
    "operationNo",
    "type",
    "no",
    "workCenterNo",
    "description",
    "setupTime",
    "runTime",
    "waitTime",
    "moveTime",
    "routingLinkCode",
    "sendAheadQuantity",
  ],
};

/** A header (versionCode null) or one of its versions. */
export type LinesOwner = { no: string; versionCode: string | null | undefined };

/** BC: "The Production BOM Header cannot be copied to itself." */
export function copiedToItselfError(label: Message) {
  return new DomainError("COPY_TO_ITSELF", msg("recordCopiedToItself", { record: label }), "fromNo");
}

/** Replaces the target's lines by the source's; answers how many lines were copied. */
export async function replaceLines(tx: SqlTx, lines: LineTable, target: LinesOwner, source: LinesOwner): Promise<number> {
  const table = Prisma.raw(`"${lines.table}"`);
  const parent = Prisma.raw(`"${lines.parent}"`);
  const columns = Prisma.raw(lines.columns.map((c) => `"${c}"`).join(", "));
  const lineNo = Prisma.raw(`"${lines.columns[0]}"`);
  await tx.$executeRaw(Prisma.sql`
    DELETE FROM ${table} WHERE ${parent} = ${target.no} AND "versionCode" IS NOT DISTINCT FROM ${target.versionCode ?? null}::text`);
  return tx.$executeRaw(Prisma.sql`
    INSERT INTO ${table} (${parent}, "versionCode", ${columns})
    SELECT ${target.no}, ${target.versionCode ?? null}::text, ${columns}
    FROM ${table}
    WHERE ${parent} = ${source.no} AND "versionCode" IS NOT DISTINCT FROM ${source.versionCode ?? null}::text
    ORDER BY ${lineNo}`);
}
