"use client";

import { useTranslations } from "next-intl";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { errorsOf, FormMessage } from "@/components/master-data/bom-editor/form-message";
import { emptyRoutingRow, rowsJson, type GridRow } from "@/components/master-data/bom-editor/grid-rows";
import { LineGrid, type GridColumn } from "@/components/master-data/bom-editor/line-grid";
import { useLinesForm } from "@/components/master-data/bom-editor/use-lines-form";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { TextField } from "@/components/ui/field";
import { createRoutingAction, saveRoutingVersionAction, updateRoutingAction } from "@/lib/actions/master-data/routings";

export type RoutingFormValues = {
  no: string;
  description: string;
  versionCode?: string;
  startingDate?: string;
  version?: number;
  lines: GridRow[];
};

/** The routing editor: header (or version) fields and the operations grid. */
export function RoutingForm({ values, versionOf }: { values: RoutingFormValues; versionOf?: string }) {
  const t = useTranslations("routings");
  const te = useTranslations("routingEditor");
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
    cardPath: "/routings",
    create: createRoutingAction,
    update: updateRoutingAction,
    saveVersion: saveRoutingVersionAction,
  });

  const columns: GridColumn[] = [
    { key: "operationNo", label: t("operationNo"), maxLength: 10, width: "w-20" },
    {
      key: "type",
      label: t("type"),
      kind: "select",
      width: "w-36",
      options: [
        { value: "WORK_CENTER", label: t("lineType.WORK_CENTER") },
        { value: "MACHINE_CENTER", label: t("lineType.MACHINE_CENTER") },
      ],
    },
    { key: "no", label: t("no"), maxLength: 20, width: "w-24" },
    { key: "description", label: t("description"), maxLength: 100, width: "w-44" },
    { key: "setupTime", label: t("setupTime"), kind: "decimal", width: "w-20" },
    { key: "runTime", label: t("runTime"), kind: "decimal", width: "w-20" },
    { key: "waitTime", label: t("waitTime"), kind: "decimal", width: "w-20" },
    { key: "moveTime", label: t("moveTime"), kind: "decimal", width: "w-20" },
    { key: "routingLinkCode", label: t("routingLinkCode"), maxLength: 10, width: "w-20" },
    { key: "sendAheadQuantity", label: t("sendAheadQuantity"), kind: "decimal", width: "w-20" },
  ];
  const nextOperation = () => emptyRoutingRow(String((rows.length + 1) * 10));
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-3">
      <FormMessage state={state} namespace="bomEditor" />
      {!isNew && <input type="hidden" name="version" value={values.version} />}
      <input type="hidden" name="lines" value={rowsJson(rows)} />
      <CardSection title={te("general")} id="general">
        <div className="grid grid-cols-1 md:grid-cols-3 gap-3">
          {versionOf ? (
            <>
              <input type="hidden" name="routingNo" value={versionOf} />
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
        </div>
      </CardSection>
      <CardSection title={t("operations")} id="lines">
        <p className="text-xs text-slate-500 mb-1">{t("timesInMinutes")}</p>
        <LineGrid
          caption={t("operations")}
          columns={columns}
          rows={rows}
          onChange={setRows}
          fieldErrors={fieldErrors}
          emptyRow={nextOperation}
        />
      </CardSection>
      <Button type="submit" disabled={pending}>
        {te("save")}
      </Button>
    </form>
  );
}
