"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { rowsJson, type GridRow } from "@/components/master-data/bom-editor/grid-rows";
import { errorsOf, FormMessage } from "@/components/master-data/bom-editor/form-message";
import { useLinesForm } from "@/components/master-data/bom-editor/use-lines-form";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { EditableGrid, type EditableColumn } from "@/components/ui/editable-grid";
import { TextField } from "@/components/ui/field";

import { createProductionBomAction, saveBomVersionAction, updateProductionBomAction } from "@/lib/actions/master-data/boms";
import { createRoutingAction, saveRoutingVersionAction, updateRoutingAction } from "@/lib/actions/master-data/routings";

// Per record: its captions, the hidden field naming the record a version belongs to, its card's
// path and its three saves (a new record, a change, a version).
const KINDS = {
  bom: {
    namespace: "productionBoms",
    editor: "bomEditor",
    parentField: "bomNo",
    cardPath: "/production-boms",
    create: createProductionBomAction,
    update: updateProductionBomAction,
    saveVersion: saveBomVersionAction,
  },
  routing: {
    namespace: "routings",
    editor: "routingEditor",
    parentField: "routingNo",
    cardPath: "/routings",
    create: createRoutingAction,
    update: updateRoutingAction,
    saveVersion: saveRoutingVersionAction,
  },
} as const;

export type LinesFormValues = {
  no: string;
  description: string;
  /** Version only. */
  versionCode?: string;
  startingDate?: string;
  /** Absent = a new record. */
  version?: number;
  lines: GridRow[];
};

/** A header field of one kind of record only (the BOM's Unit of Measure Code). */
export type ExtraField = { name: string; label: string; defaultValue: string; maxLength: number; required?: boolean };

/**
 * The frame of a versioned header-and-lines editor (Production BOM, routing): the General fields
 * of the record, or of a version of `versionOf` (Version Code, Starting Date), then the lines grid
 * and Save. The record's captions and saves follow from `kind`; the lines, their columns and the
 * row a new line starts as from the editor that uses the frame.
 */
export function LinesForm({
  kind,
  values,
  versionOf,
  headerClass,
  extraFields = [],
  statusUnderGeneral = false,
  linesTitle,
  columns,
  emptyRow,
  linesBefore,
  linesAfter,
}: {
  kind: keyof typeof KINDS;
  values: LinesFormValues;
  versionOf?: string;
  /** The General grid's columns. */
  headerClass: string;
  extraFields?: ExtraField[];
  /** The BOM editor repeats a refusal about the status (a Certified BOM) under General. */
  statusUnderGeneral?: boolean;
  linesTitle: string;
  columns: EditableColumn<GridRow>[];
  /** The row Add line appends, given the rows there are. */
  emptyRow: (rows: GridRow[]) => GridRow;
  linesBefore?: ReactNode;
  linesAfter?: ReactNode;
}) {
  const { namespace, editor, parentField, cardPath, create, update, saveVersion } = KINDS[kind];
  const t = useTranslations(namespace);
  const te = useTranslations(editor);
  const tg = useTranslations("bomEditor");
  const isNew = values.version === undefined;
  const {
    state,
    formAction,
    pending,
    rows,
    setRows,
    fieldErrors,
    fixedClass: fixed,
  } = useLinesForm({ isNew, versionOf, lines: values.lines, cardPath, create, update, saveVersion });
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-3">
      <FormMessage state={state} namespace="bomEditor" />
      {!isNew && <input type="hidden" name="version" value={values.version} />}
      <input type="hidden" name="lines" value={rowsJson(rows)} />
      <CardSection title={te("general")} id="general">
        <div className={`grid grid-cols-1 ${headerClass} gap-3`}>
          {versionOf ? (
            <>
              <input type="hidden" name={parentField} value={versionOf} />
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
          {extraFields.map((f) => (
            <TextField key={f.name} {...f} errors={errorsOf(state, f.name)} />
          ))}
        </div>
        {statusUnderGeneral && errorsOf(state, "status") && (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {errorsOf(state, "status")?.join(" ")}
          </p>
        )}
      </CardSection>
      <CardSection title={linesTitle} id="lines">
        {linesBefore}
        <EditableGrid
          grid="lines"
          caption={linesTitle}
          columns={columns}
          rows={rows}
          onChange={setRows}
          fieldErrors={fieldErrors}
          newRow={() => emptyRow(rows)}
          rowTestId="grid-row"
          labels={{
            actions: tg("grid.actions"),
            empty: tg("grid.empty"),
            add: tg("grid.add"),
            cell: (field, n) => tg("grid.cell", { field, n }),
            remove: (n) => tg("grid.remove", { n }),
            moveUp: (n) => tg("grid.moveUp", { n }),
            moveDown: (n) => tg("grid.moveDown", { n }),
          }}
        />
        {linesAfter}
      </CardSection>
      <Button type="submit" disabled={pending}>
        {te("save")}
      </Button>
    </form>
  );
}
