import { z } from "zod";
import { codeField, textField, versionField } from "@/lib/validation/master-data/shared-fields";
import { capacityFields } from "@/lib/validation/master-data/work-centers";

// Machine center card: the same capacity rules as a work center; it works its work center's
// shop calendar, so the work center must exist (the service checks).

const fields = {
  no: codeField("partNo"),
  name: textField("partName", 100),
  workCenterNo: codeField("partWorkCenterNo"),
  ...capacityFields,
};

export const createMachineCenterSchema = z.strictObject(fields);
export type CreateMachineCenterInput = z.infer<typeof createMachineCenterSchema>;

export const updateMachineCenterSchema = z.strictObject({ ...fields, version: versionField });
export type UpdateMachineCenterInput = z.infer<typeof updateMachineCenterSchema>;

export const deleteMachineCenterSchema = z.strictObject({ no: codeField("partNo"), version: versionField });
export type DeleteMachineCenterInput = z.infer<typeof deleteMachineCenterSchema>;
