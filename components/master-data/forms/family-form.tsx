"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { Datalist } from "@/components/master-data/forms/datalist";
import { errorsOf, fieldErrorsOf, FormMessage } from "@/components/master-data/forms/form-message";
import { toRows } from "@/components/master-data/forms/grid-state";
import { RowsGrid, rowsJson } from "@/components/master-data/forms/rows-grid";
import { useRecordForm } from "@/components/master-data/forms/use-record-form";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { CheckboxField, TextField } from "@/components/ui/field";
import { createFamilyAction, updateFamilyAction } from "@/lib/actions/master-data/families";
import type { Lookups } from "@/lib/data/master-data-forms/lookups";
import type { FamilyFormValues } from "@/lib/data/master-data-forms/records";

/** The family card in edit mode with its lines (Item No., Quantity). */
export function FamilyForm({ family, lookups }: { family: FamilyFormValues | null; lookups: Lookups }) {
  const t = useTranslations("families");
  const tf = useTranslations("masterDataForms");
  const { state, formAction, pending } = useRecordForm(
    (prev: unknown, form: FormData) => (family ? updateFamilyAction(prev, form) : createFamilyAction(prev, form)),
    (d) => `/families/${encodeURIComponent(d.no)}`,
  );
  const [lines, setLines] = useState(() => toRows(family?.lines));
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-3">
      <FormMessage state={state} />
      {family && <input type="hidden" name="version" value={family.version} />}
      <input type="hidden" name="lines" value={rowsJson(lines)} />
      <Datalist id="dl-items" options={lookups.items} />
      <Datalist id="dl-routings" options={lookups.routings} />
      <CardSection title={tf("general")} id="general">
        <div className="grid grid-cols-1 md:grid-cols-2 lg:grid-cols-4 gap-3">
          <TextField
            name="no"
            label={t("no")}
            defaultValue={family?.no ?? ""}
            readOnly={!!family}
            maxLength={20}
            required
            errors={errorsOf(state, "no")}
          />
          <TextField
            name="description"
            label={t("description")}
            defaultValue={family?.description ?? ""}
            maxLength={100}
            errors={errorsOf(state, "description")}
          />
          <TextField
            name="routingNo"
            label={t("routingNo")}
            defaultValue={family?.routingNo ?? ""}
            list="dl-routings"
            maxLength={20}
            errors={errorsOf(state, "routingNo")}
          />
          <div className="pt-6">
            <CheckboxField
              name="blocked"
              label={t("blocked")}
              defaultChecked={family?.blocked ?? false}
              errors={errorsOf(state, "blocked")}
            />
          </div>
        </div>
      </CardSection>
      <CardSection title={t("lines")} id="lines">
        <RowsGrid
          grid="lines"
          caption={t("lines")}
          rows={lines}
          onChange={setLines}
          fieldErrors={fieldErrorsOf(state)}
          columns={[
            { name: "itemNo", label: t("itemNo"), list: "dl-items", maxLength: 20 },
            { name: "quantity", label: t("quantity"), type: "number" },
          ]}
          emptyRow={() => ({ itemNo: "", quantity: "1" })}
        />
      </CardSection>
      <Button type="submit" disabled={pending}>
        {tf("save")}
      </Button>
    </form>
  );
}
