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
import { createShopCalendarAction, updateShopCalendarAction } from "@/lib/actions/master-data/shop-calendars";
import type { ShopCalendarFormValues } from "@/lib/data/master-data-forms/records";

const MON_FRI = [1, 2, 3, 4, 5].map((d) => ({ weekday: String(d), startTime: "08:00", endTime: "16:00" }));

/** A shop calendar: working hours per weekday (several rows = split shifts) and holidays. */
export function ShopCalendarForm({ calendar }: { calendar: ShopCalendarFormValues | null }) {
  const tf = useTranslations("masterDataForms");
  const tm = useTranslations("masterData");
  const { state, formAction, pending } = useRecordForm(
    (prev: unknown, form: FormData) => (calendar ? updateShopCalendarAction(prev, form) : createShopCalendarAction(prev, form)),
    (d) => `/shop-calendars/${encodeURIComponent(d.code)}`,
  );
  const [days, setDays] = useState(() => toRows(calendar?.days ?? MON_FRI));
  const [holidays, setHolidays] = useState(() => toRows(calendar?.holidays));
  const errors = fieldErrorsOf(state);
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: tm(`weekdays.${d}`) }));
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-3">
      <FormMessage state={state} />
      {calendar && <input type="hidden" name="readHash" value={calendar.readHash} />}
      <input type="hidden" name="days" value={rowsJson(days)} />
      <input type="hidden" name="holidays" value={rowsJson(holidays)} />
      <CardSection title={tf("general")} id="general">
        <div className="grid grid-cols-1 md:grid-cols-2 gap-3">
          <TextField
            name="code"
            label={tf("code")}
            defaultValue={calendar?.code ?? ""}
            readOnly={!!calendar}
            maxLength={10}
            required
            errors={errorsOf(state, "code")}
          />
          <TextField
            name="description"
            label={tf("description")}
            defaultValue={calendar?.description ?? ""}
            maxLength={100}
            errors={errorsOf(state, "description")}
          />
        </div>
      </CardSection>
      <CardSection title={tf("workingHours")} id="working-hours">
        <RowsGrid
          grid="days"
          caption={tf("workingHours")}
          rows={days}
          onChange={setDays}
          fieldErrors={errors}
          columns={[
            { name: "weekday", label: tf("weekday"), type: "select", options: weekdays },
            { name: "startTime", label: tf("startingTime"), maxLength: 5, width: "w-24" },
            { name: "endTime", label: tf("endingTime"), maxLength: 5, width: "w-24" },
          ]}
          emptyRow={() => ({ weekday: "1", startTime: "08:00", endTime: "16:00" })}
        />
      </CardSection>
      <CardSection title={tf("holidays")} id="holidays">
        <RowsGrid
          grid="holidays"
          caption={tf("holidays")}
          rows={holidays}
          onChange={setHolidays}
          fieldErrors={errors}
          columns={[
            { name: "date", label: tf("date"), type: "date", width: "w-40" },
            { name: "description", label: tf("description"), width: "w-64", maxLength: 100 },
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
