import { z } from "zod";
import { localizedSchema, type NumberLocale } from "@/lib/validation/decimal-text";
import { codeField, numberField, textField, versionField } from "@/lib/validation/master-data/shared-fields";

// Work center card: Capacity (parallel units) > 0, Efficiency % > 0 and ≤ 1000, a shop calendar
// (which must exist: the service checks). Shared with the machine center card.

export const capacityFields = (locale: NumberLocale) => ({
  capacity: numberField(locale, "partCapacity", { min: 0, minExclusive: true, max: 1_000_000, fallback: 1 }),
  efficiency: numberField(locale, "partEfficiencyPercent", { min: 0, minExclusive: true, max: 1000, fallback: 100 }),
  unitCost: numberField(locale, "partUnitCost", { min: 0, max: 1_000_000_000, fallback: 0 }),
});

const fieldsFor = (locale: NumberLocale) => ({
  no: codeField("partNo"),
  name: textField("partName", 100),
  ...capacityFields(locale),
  shopCalendarCode: codeField("partShopCalendarCode", 10),
});

export const createWorkCenterSchema = localizedSchema((locale) => z.strictObject(fieldsFor(locale)));
export type CreateWorkCenterInput = z.infer<typeof createWorkCenterSchema>;

export const updateWorkCenterSchema = localizedSchema((locale) => z.strictObject({ ...fieldsFor(locale), version: versionField }));
export type UpdateWorkCenterInput = z.infer<typeof updateWorkCenterSchema>;

export const deleteWorkCenterSchema = z.strictObject({ no: codeField("partNo"), version: versionField });
export type DeleteWorkCenterInput = z.infer<typeof deleteWorkCenterSchema>;
