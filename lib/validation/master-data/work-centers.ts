import { z } from "zod";
import { codeField, numberField, textField, versionField } from "@/lib/validation/master-data/shared-fields";

// Work center card: Capacity (parallel units) > 0, Efficiency % > 0 and ≤ 1000, a shop calendar
// (which must exist: the service checks). Shared with the machine center card.

export const capacityFields = {
  capacity: numberField("partCapacity", { min: 0, minExclusive: true, max: 1_000_000, fallback: 1 }),
  efficiency: numberField("partEfficiencyPercent", { min: 0, minExclusive: true, max: 1000, fallback: 100 }),
  unitCost: numberField("partUnitCost", { min: 0, max: 1_000_000_000, fallback: 0 }),
};

const fields = {
  no: codeField("partNo"),
  name: textField("partName", 100),
  ...capacityFields,
  shopCalendarCode: codeField("partShopCalendarCode", 10),
};

export const createWorkCenterSchema = z.strictObject(fields);
export type CreateWorkCenterInput = z.infer<typeof createWorkCenterSchema>;

export const updateWorkCenterSchema = z.strictObject({ ...fields, version: versionField });
export type UpdateWorkCenterInput = z.infer<typeof updateWorkCenterSchema>;

export const deleteWorkCenterSchema = z.strictObject({ no: codeField("partNo"), version: versionField });
export type DeleteWorkCenterInput = z.infer<typeof deleteWorkCenterSchema>;
