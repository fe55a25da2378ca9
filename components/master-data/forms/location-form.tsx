"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { errorsOf, fieldErrorsOf, FormMessage } from "@/components/master-data/forms/form-message";
import { toRows } from "@/components/master-data/forms/grid-state";
import { RowsGrid, rowsJson } from "@/components/master-data/forms/rows-grid";
import { useRecordForm } from "@/components/master-data/forms/use-record-form";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { TextField } from "@/components/ui/field";
import { createLocationAction, updateLocationAction } from "@/lib/actions/master-data/locations";
import type { LocationFormValues } from "@/lib/data/master-data-forms/records";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** The location card in edit mode: base calendar = working weekdays + holidays. */
export function LocationForm({ location }: { location: LocationFormValues | null }) {
  const t = useTranslations("locations");
  const tf = useTranslations("masterDataForms");
  const tm = useTranslations("masterData");
  const { state, formAction, pending } = useRecordForm(
    (prev: unknown, form: FormData) => (location ? updateLocationAction(prev, form) : createLocationAction(prev, form)),
    (d) => `/locations/${encodeURIComponent(d.code)}`,
  );
  const [holidays, setHolidays] = useState(() => toRows(location?.holidays));
  const working = location?.workingWeekdays ?? [1, 2, 3, 4, 5];
  const weekdayErrors = errorsOf(state, "workingWeekdays");
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-3">
      <FormMessage state={state} />
      {location && <input type="hidden" name="version" value={location.version} />}
      <input type="hidden" name="holidays" value={rowsJson(holidays)} />
      <CardSection title={tf("general")} id="general">
        <div className="grid grid-cols-1 md:grid-cols-3 gap-3">
          <TextField
            name="code"
            label={t("code")}
            defaultValue={location?.code ?? ""}
            readOnly={!!location}
            maxLength={10}
            required
            errors={errorsOf(state, "code")}
          />
          <TextField name="name" label={t("name")} defaultValue={location?.name ?? ""} maxLength={100} errors={errorsOf(state, "name")} />
          <TextField
            name="inboundHandlingDays"
            label={t("inboundHandlingTime")}
            defaultValue={location?.inboundHandlingDays ?? "0"}
            inputMode="numeric"
            hint={tf("inDays")}
            errors={errorsOf(state, "inboundHandlingDays")}
          />
        </div>
      </CardSection>
      <CardSection title={t("baseCalendar")} id="base-calendar">
        <fieldset aria-describedby="f-workingWeekdays-error" className="mb-4">
          <legend className="text-sm font-medium text-slate-700 mb-1">{t("workingWeekdays")}</legend>
          <div className="flex flex-wrap gap-4">
            {WEEKDAYS.map((d) => (
              <label key={d} className="inline-flex items-center gap-1 text-sm">
                <input type="checkbox" name="workingWeekdays" value={d} defaultChecked={working.includes(d)} className="h-4 w-4" />
                {tm(`weekdays.${d}`)}
              </label>
            ))}
          </div>
          <p id="f-workingWeekdays-error" aria-live="polite" className="text-sm text-red-700" data-field-error="workingWeekdays">
            {weekdayErrors?.join(" ")}
          </p>
        </fieldset>
        <h3 className="text-sm font-medium text-slate-800 mb-1">{tm("holidays")}</h3>
        <RowsGrid
          grid="holidays"
          caption={tm("holidays")}
          rows={holidays}
          onChange={setHolidays}
          fieldErrors={fieldErrorsOf(state)}
          columns={[
            { name: "date", label: tm("date"), type: "date", width: "w-40" },
            { name: "description", label: tm("description"), width: "w-64", maxLength: 100 },
          ]}
          emptyRow={() => ({ date: "", description: "" })}
        />
      </CardSection>
      <Button type="submit" disabled={pending}>
        {tf("save")}
      </Button>
    </form>
  );
}
