import { ValidationError } from "@/lib/errors";
import { missingKeys } from "@/lib/services/master-data/record-guards";
import type { Tx } from "@/lib/services/tx";
import type { CreateItemInput } from "@/lib/validation/master-data/items";

// What an item card must refer to: units of measure, its Production BOM and Routing, the
// locations and routings of its stockkeeping units and balances. Reported together, per cell.

type Errors = Record<string, string[]>;

/** The item's units with the base unit's row (Qty. 1) added when the grid left it out. */
export function unitsWithBase(input: Pick<CreateItemInput, "baseUnitOfMeasure" | "units">) {
  const units = input.units.map((u) => ({ code: u.code, qtyPerUnitOfMeasure: u.qtyPerUnitOfMeasure }));
  if (!units.some((u) => u.code === input.baseUnitOfMeasure)) units.unshift({ code: input.baseUnitOfMeasure, qtyPerUnitOfMeasure: 1 });
  return units;
}

export async function checkItemReferences(tx: Tx, input: CreateItemInput) {
  const errors: Errors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const existing = (rows: { key: string }[]) => rows.map((r) => r.key);

  const missingUnits = await missingKeys([input.baseUnitOfMeasure, ...input.units.map((u) => u.code)], async (codes) =>
    existing((await tx.unitOfMeasure.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((u) => ({ key: u.code }))));
  if (missingUnits.has(input.baseUnitOfMeasure)) add("baseUnitOfMeasure", `Unit of Measure ${input.baseUnitOfMeasure} does not exist.`);
  input.units.forEach((u, i) => {
    if (missingUnits.has(u.code)) add(`units.${i}.code`, `Unit of Measure ${u.code} does not exist.`);
    else if (u.code === input.baseUnitOfMeasure && u.qtyPerUnitOfMeasure !== 1) {
      add(`units.${i}.qtyPerUnitOfMeasure`, `The base unit of measure ${u.code} must have Qty. per Unit of Measure 1.`);
    }
  });

  if (input.productionBomNo && !(await tx.productionBom.findUnique({ where: { no: input.productionBomNo }, select: { no: true } }))) {
    add("productionBomNo", `Production BOM ${input.productionBomNo} does not exist.`);
  }
  const missingRoutings = await missingKeys([input.routingNo, ...input.stockkeepingUnits.map((s) => s.routingNo)], async (nos) =>
    (await tx.routing.findMany({ where: { no: { in: nos } }, select: { no: true } })).map((r) => r.no));
  if (input.routingNo && missingRoutings.has(input.routingNo)) add("routingNo", `Routing ${input.routingNo} does not exist.`);

  const missingLocations = await missingKeys([...input.stockkeepingUnits, ...input.inventory].map((r) => r.locationCode), async (codes) =>
    (await tx.location.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((l) => l.code));
  input.stockkeepingUnits.forEach((s, i) => {
    if (missingLocations.has(s.locationCode)) add(`stockkeepingUnits.${i}.locationCode`, `Location ${s.locationCode} does not exist.`);
    if (s.routingNo && missingRoutings.has(s.routingNo)) add(`stockkeepingUnits.${i}.routingNo`, `Routing ${s.routingNo} does not exist.`);
  });
  input.inventory.forEach((b, i) => {
    if (missingLocations.has(b.locationCode)) add(`inventory.${i}.locationCode`, `Location ${b.locationCode} does not exist.`);
  });
  if (Object.keys(errors).length) throw new ValidationError(errors);
}
