import { z } from "zod";
import { localizedSchema, type NumberLocale } from "@/lib/validation/decimal-text";
import { codeField, textField, versionField } from "@/lib/validation/master-data/shared-fields";
import { capacityFields } from "@/lib/validation/master-data/work-centers";

// Machine center card: the same capacity rules as a work center; it works its work center's
// shop calendar, so the work center must exist (the service checks).

const fieldsFor = (locale: NumberLocale) => ({
  no: codeField("partNo"),
  name: textField("partName", 100),
  workCenterNo: codeField("partWorkCenterNo"),
  ...capacityFields(locale),
});

export const createMachineCenterSchema = localizedSchema((locale) => z.strictObject(fieldsFor(locale)));
export type CreateMachineCenterInput = z.infer<typeof createMachineCenterSchema>;

export const updateMachineCenterSchema = localizedSchema((locale) => z.strictObject({ ...fieldsFor(locale), version: versionField }));
export type UpdateMachineCenterInput = z.infer<typeof updateMachineCenterSchema>;

export const deleteMachineCenterSchema = z.strictObject({ no: codeField("partNo"), version: versionField });
export type DeleteMachineCenterInput = z.infer<typeof deleteMachineCenterSchema>;
