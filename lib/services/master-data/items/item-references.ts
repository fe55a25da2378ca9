import { ValidationError, type FieldMessages } from "@/lib/errors";
import { missingKeys } from "@/lib/services/master-data/record-guards";
import type { Tx } from "@/lib/services/tx";
import type { CreateItemInput } from "@/lib/validation/master-data/items";
import { msg, type Message } from "@/lib/i18n/domain-message";

// What an item card must refer to: units of measure, its Production BOM and Routing, the
// locations and routings of its stockkeeping units and balances. Reported together, per cell.

type Errors = FieldMessages;

/** The item's units with the base unit's row (Qty. 1) added when the grid left it out. */
export function unitsWithBase(input: Pick<CreateItemInput, "baseUnitOfMeasure" | "units">) {
  const units = input.units.map((u) => ({ code: u.code, qtyPerUnitOfMeasure: u.qtyPerUnitOfMeasure }));
  if (!units.some((u) => u.code === input.baseUnitOfMeasure)) units.unshift({ code: input.baseUnitOfMeasure, qtyPerUnitOfMeasure: 1 });
  return units;
}

export async function checkItemReferences(tx: Tx, input: CreateItemInput) {
  const errors: Errors = {};
  const add = (field: string, message: Message) => (errors[field] ??= []).push(message);
  const existing = (rows: { key: string }[]) => rows.map((r) => r.key);

  const missingUnits = await missingKeys([input.baseUnitOfMeasure, ...input.units.map((u) => u.code)], async (codes) =>
    existing((await tx.unitOfMeasure.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((u) => ({ key: u.code }))),
  );
  if (missingUnits.has(input.baseUnitOfMeasure))
    add("baseUnitOfMeasure", msg("recordNotFound", { record: msg("partUnitOfMeasure", { code: input.baseUnitOfMeasure }) }));
  input.units.forEach((u, i) => {
    if (missingUnits.has(u.code)) add(`units.${i}.code`, msg("recordNotFound", { record: msg("partUnitOfMeasure", { code: u.code }) }));
    else if (u.code === input.baseUnitOfMeasure && u.qtyPerUnitOfMeasure !== 1) {
      add(`units.${i}.qtyPerUnitOfMeasure`, msg("baseUnitQtyNotOne", { code: u.code }));
    }
  });

  if (input.productionBomNo && !(await tx.productionBom.findUnique({ where: { no: input.productionBomNo }, select: { no: true } }))) {
    add("productionBomNo", msg("recordNotFound", { record: msg("partBom", { no: input.productionBomNo }) }));
  }
  const missingRoutings = await missingKeys([input.routingNo, ...input.stockkeepingUnits.map((s) => s.routingNo)], async (nos) =>
    (await tx.routing.findMany({ where: { no: { in: nos } }, select: { no: true } })).map((r) => r.no),
  );
  if (input.routingNo && missingRoutings.has(input.routingNo))
    add("routingNo", msg("recordNotFound", { record: msg("partRouting", { no: input.routingNo }) }));

  const missingLocations = await missingKeys(
    [...input.stockkeepingUnits, ...input.inventory].map((r) => r.locationCode),
    async (codes) => (await tx.location.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((l) => l.code),
  );
  input.stockkeepingUnits.forEach((s, i) => {
    if (missingLocations.has(s.locationCode)) add(`stockkeepingUnits.${i}.locationCode`, msg("locationNotFound", { code: s.locationCode }));
    if (s.routingNo && missingRoutings.has(s.routingNo))
      add(`stockkeepingUnits.${i}.routingNo`, msg("recordNotFound", { record: msg("partRouting", { no: s.routingNo }) }));
  });
  input.inventory.forEach((b, i) => {
    if (missingLocations.has(b.locationCode)) add(`inventory.${i}.locationCode`, msg("locationNotFound", { code: b.locationCode }));
  });
  if (Object.keys(errors).length) throw new ValidationError(errors);
}
