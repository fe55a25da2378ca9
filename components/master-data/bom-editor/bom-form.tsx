"use client";

import { useTranslations } from "next-intl";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { bomLineColumns } from "@/components/master-data/bom-editor/bom-lines-columns";
import { emptyBomRow, rowsJson, type GridRow } from "@/components/master-data/bom-editor/grid-rows";
import { errorsOf, FormMessage } from "@/components/master-data/bom-editor/form-message";
import { LineGrid } from "@/components/master-data/bom-editor/line-grid";
import { useLinesForm } from "@/components/master-data/bom-editor/use-lines-form";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { TextField } from "@/components/ui/field";
import { createProductionBomAction, saveBomVersionAction, updateProductionBomAction } from "@/lib/actions/master-data/boms";

export type BomFormValues = {
  no: string;
  description: string;
  unitOfMeasureCode: string;
  /** Version only. */
  versionCode?: string;
  startingDate?: string;
  /** Absent = a new record. */
  version?: number;
  lines: GridRow[];
};

/**
 * The Production BOM editor: header (or version) fields and the lines grid. `versionOf` set =
 * a version of that BOM. Saving a Certified record is refused by the service with its message.
 */
export function BomForm({ values, versionOf }: { values: BomFormValues; versionOf?: string }) {
  const t = useTranslations("productionBoms");
  const te = useTranslations("bomEditor");
  const isNew = values.version === undefined;
  const {
    state,
    formAction,
    pending,
    rows,
    setRows,
    fieldErrors,
    fixedClass: fixed,
  } = useLinesForm({
    isNew,
    versionOf,
    lines: values.lines,
    cardPath: "/production-boms",
    create: createProductionBomAction,
    update: updateProductionBomAction,
    saveVersion: saveBomVersionAction,
  });
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-3">
      <FormMessage state={state} namespace="bomEditor" />
      {!isNew && <input type="hidden" name="version" value={values.version} />}
      <input type="hidden" name="lines" value={rowsJson(rows)} />
      <CardSection title={te("general")} id="general">
        <div className="grid grid-cols-1 md:grid-cols-2 lg:grid-cols-4 gap-3">
          {versionOf ? (
            <>
              <input type="hidden" name="bomNo" value={versionOf} />
              <TextField
                name="versionCode"
                label={t("versionCode")}
                defaultValue={values.versionCode ?? ""}
                readOnly={!isNew}
                className={fixed}
                maxLength={20}
                required
                errors={errorsOf(state, "versionCode")}
              />
              <TextField
                name="startingDate"
                type="date"
                label={t("startingDate")}
                defaultValue={values.startingDate ?? ""}
                errors={errorsOf(state, "startingDate")}
              />
            </>
          ) : (
            <TextField
              name="no"
              label={t("no")}
              defaultValue={values.no}
              readOnly={!isNew}
              className={fixed}
              maxLength={20}
              required
              errors={errorsOf(state, "no")}
            />
          )}
          <TextField
            name="description"
            label={t("description")}
            defaultValue={values.description}
            maxLength={100}
            errors={errorsOf(state, "description")}
          />
          <TextField
            name="unitOfMeasureCode"
            label={t("unitOfMeasureCode")}
            defaultValue={values.unitOfMeasureCode}
            maxLength={10}
            required
            errors={errorsOf(state, "unitOfMeasureCode")}
          />
        </div>
        {errorsOf(state, "status") && (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {errorsOf(state, "status")?.join(" ")}
          </p>
        )}
      </CardSection>
      <CardSection title={t("lines")} id="lines">
        <LineGrid
          caption={t("lines")}
          columns={bomLineColumns(t)}
          rows={rows}
          onChange={setRows}
          fieldErrors={fieldErrors}
          emptyRow={emptyBomRow}
        />
        <p className="mt-1 text-xs text-slate-500">{te("linesHint")}</p>
      </CardSection>
      <Button type="submit" disabled={pending}>
        {te("save")}
      </Button>
    </form>
  );
}
