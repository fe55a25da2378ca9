import { Prisma } from "@/lib/generated/prisma/client";
import { duplicateErrors, type ImportRow, type RowError } from "@/lib/services/master-data/csv/read-rows";
import { columnList, ident, PLANNING_SQL_COLUMNS, unnestOf, valueList, type SqlColumns } from "@/lib/services/master-data/csv/sql-columns";
import { inTurn, type Tx } from "@/lib/services/tx";
import { msg, type CaptionKey } from "@/lib/i18n/domain-message";

// The tables of the item card: units of measure, variants, stockkeeping units and inventory.
// Each row is keyed (Item No. + Code, or + Variant Code + Location Code); every other column
// has a default, so one INSERT … ON CONFLICT writes a file: new rows take the defaults for the
// columns the file leaves out, stored rows get only the columns the file names.

export type ItemTableKind = "itemUnitsOfMeasure" | "itemVariants" | "stockkeepingUnits" | "inventory";
type Row = ImportRow<ItemTableKind>;
type Data = Record<string, unknown> & { itemNo: string };

const SPEC: Record<ItemTableKind, { table: string; key: string[]; label: CaptionKey; columns: SqlColumns }> = {
  itemUnitsOfMeasure: {
    table: "ItemUnitOfMeasure",
    key: ["itemNo", "code"],
    label: "partUnitOfMeasureKey",
    columns: { itemNo: { type: "text" }, code: { type: "text" }, qtyPerUnitOfMeasure: { type: "numeric" } },
  },
  itemVariants: {
    table: "ItemVariant",
    key: ["itemNo", "code"],
    label: "partVariantKey",
    columns: { itemNo: { type: "text" }, code: { type: "text" }, description: { type: "text" }, blocked: { type: "boolean" } },
  },
  stockkeepingUnits: {
    table: "StockkeepingUnit",
    key: ["itemNo", "variantCode", "locationCode"],
    label: "partStockkeepingUnitKey",
    columns: {
      itemNo: { type: "text" },
      variantCode: { type: "text" },
      locationCode: { type: "text" },
      routingNo: { type: "text" },
      leadTimeDays: { type: "int" },
      safetyLeadTimeDays: { type: "int" },
      ...PLANNING_SQL_COLUMNS,
    },
  },
  inventory: {
    table: "InventoryBalance",
    key: ["itemNo", "variantCode", "locationCode"],
    label: "partInventoryKey",
    columns: { itemNo: { type: "text" }, variantCode: { type: "text" }, locationCode: { type: "text" }, quantity: { type: "numeric" } },
  },
};

const withKeys = (kind: ItemTableKind, rows: Row[]) =>
  rows.map((r) => ({ row: r.row, data: (SPEC[kind].key.includes("variantCode") ? { variantCode: "", ...r.data } : r.data) as Data }));
const keyOf = (kind: ItemTableKind, d: Data) =>
  SPEC[kind].key
    .map((k) => String(d[k] ?? ""))
    .filter(Boolean)
    .join(" ");
const uniq = (xs: unknown[]) => [...new Set(xs.filter((x): x is string => typeof x === "string" && x !== ""))];

/** Existence checks in bulk, one query per referenced table: item, unit, location, variant, routing. */
export async function checkItemTableRows(tx: Tx, kind: ItemTableKind, fileRows: Row[]): Promise<RowError[]> {
  const rows = withKeys(kind, fileRows);
  const errors = duplicateErrors(
    rows,
    (d) => keyOf(kind, d),
    SPEC[kind].key.length === 2 ? "Code" : "Location Code",
    (d) => msg(SPEC[kind].label, { key: keyOf(kind, d) }),
  );
  const col = (k: string) => uniq(rows.map((r) => r.data[k]));
  const itemNos = col("itemNo");
  const [items, units, locations, variants, routings] = await inTurn(
    () => tx.item.findMany({ where: { no: { in: itemNos } }, select: { no: true, baseUnitOfMeasure: true } }),
    () =>
      kind === "itemUnitsOfMeasure"
        ? tx.unitOfMeasure.findMany({ where: { code: { in: col("code") } }, select: { code: true } })
        : Promise.resolve([]),
    () =>
      SPEC[kind].key.includes("locationCode")
        ? tx.location.findMany({ where: { code: { in: col("locationCode") } }, select: { code: true } })
        : Promise.resolve([]),
    () =>
      col("variantCode").length
        ? tx.itemVariant.findMany({
            where: { itemNo: { in: itemNos }, code: { in: col("variantCode") } },
            select: { itemNo: true, code: true },
          })
        : Promise.resolve([]),
    () =>
      col("routingNo").length
        ? tx.routing.findMany({ where: { no: { in: col("routingNo") } }, select: { no: true } })
        : Promise.resolve([]),
  );
  const base = new Map(items.map((i) => [i.no, i.baseUnitOfMeasure]));
  const [unitSet, locationSet, routingSet] = [
    new Set(units.map((u) => u.code)),
    new Set(locations.map((l) => l.code)),
    new Set(routings.map((r) => r.no)),
  ];
  const variantSet = new Set(variants.map((v) => `${v.itemNo} ${v.code}`));
  for (const { row, data } of rows) {
    const { itemNo } = data;
    if (!base.has(itemNo)) errors.push({ row, column: "Item No.", message: msg("itemNotFound", { no: itemNo }) });
    if (kind === "itemUnitsOfMeasure") {
      const code = data.code as string;
      if (!unitSet.has(code))
        errors.push({ row, column: "Code", message: msg("recordNotFound", { record: msg("partUnitOfMeasure", { code }) }) });
      const qty = data.qtyPerUnitOfMeasure as string | undefined;
      if (base.get(itemNo) === code && qty !== undefined && Number(qty) !== 1) {
        errors.push({ row, column: "Qty. per Unit of Measure", message: msg("importBaseUnitQty") });
      }
    }
    const location = data.locationCode as string | undefined;
    if (location !== undefined && !locationSet.has(location))
      errors.push({ row, column: "Location Code", message: msg("locationNotFound", { code: location }) });
    const variant = data.variantCode as string | undefined;
    if (variant && base.has(itemNo) && !variantSet.has(`${itemNo} ${variant}`))
      errors.push({ row, column: "Variant Code", message: msg("variantNotFound", { code: variant, no: itemNo }) });
    const routing = data.routingNo as string | null | undefined;
    if (routing && !routingSet.has(routing))
      errors.push({ row, column: "Routing No.", message: msg("recordNotFound", { record: msg("partRouting", { no: routing }) }) });
  }
  return errors;
}

/** One statement for the whole file: insert with defaults, or update only the named columns. */
export async function writeItemTableRows(tx: Tx, kind: ItemTableKind, fileRows: Row[], columns: ReadonlySet<string>) {
  const spec = SPEC[kind];
  const rows = withKeys(kind, fileRows).map((r) => r.data);
  const keys = Object.keys(spec.columns).filter((k) => spec.key.includes(k) || columns.has(k));
  const fields = keys.filter((k) => !spec.key.includes(k));
  const onConflict = fields.length
    ? Prisma.sql`DO UPDATE SET ${Prisma.join(fields.map((k) => Prisma.sql`${ident(k)} = EXCLUDED.${ident(k)}`))}`
    : Prisma.sql`DO NOTHING`;
  await tx.$executeRaw`
    INSERT INTO ${ident(spec.table)} (${columnList(keys)}) SELECT ${valueList(keys, spec.columns)} FROM ${unnestOf(rows, keys, spec.columns)}
    ON CONFLICT (${columnList(spec.key)}) ${onConflict}`;
}
