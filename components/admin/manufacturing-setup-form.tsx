"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage, errorsOf } from "@/components/admin/action-message";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { updateManufacturingSetupAction } from "@/lib/actions/manufacturing-setup";
import type { ActionResult } from "@/lib/actions/run-action";

export type SetupFormValues = {
  simulatedOrderNos: string;
  plannedOrderNos: string;
  firmPlannedOrderNos: string;
  releasedOrderNos: string;
  normalStartingTime: string;
  normalEndingTime: string;
  defaultSafetyLeadTimeDays: number;
  manualScheduling: boolean;
  safetyLeadTimeForManSchDays: number;
  defaultGenBusPostingGroup: string;
  defaultDampenerPeriodDays: number;
  defaultDampenerPercent: string;
  version: number;
};

const SERIES = ["simulatedOrderNos", "plannedOrderNos", "firmPlannedOrderNos", "releasedOrderNos"] as const;

/** The Manufacturing Setup card (one record); times are HH:MM, lead times whole days. */
export function ManufacturingSetupForm({ values, series }: { values: SetupFormValues; series: { code: string; description: string }[] }) {
  const t = useTranslations("setup");
  const [state, formAction, pending] = useActionState<ActionResult<{ version: number }> | null, FormData>(
    updateManufacturingSetupAction,
    null,
  );
  const e = (field: string) => errorsOf(state, field);
  const options = [
    { value: "", label: t("none") },
    ...series.map((s) => ({ value: s.code, label: s.description ? `${s.code} – ${s.description}` : s.code })),
  ];
  // key: a successful save re-renders the page with the new version; the inputs follow it.
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-3" key={values.version}>
      <ActionMessage state={state} namespace="setup" />
      <input type="hidden" name="version" value={values.version} />
      <CardSection title={t("numbering")} id="numbering">
        <div className="grid grid-cols-1 md:grid-cols-2 gap-3">
          {SERIES.map((field) => (
            <SelectField key={field} name={field} label={t(field)} options={options} defaultValue={values[field]} errors={e(field)} />
          ))}
        </div>
      </CardSection>
      <CardSection title={t("planning")} id="planning">
        <div className="grid grid-cols-1 md:grid-cols-2 gap-3">
          <TextField
            name="normalStartingTime"
            type="time"
            label={t("normalStartingTime")}
            defaultValue={values.normalStartingTime}
            errors={e("normalStartingTime")}
            required
          />
          <TextField
            name="normalEndingTime"
            type="time"
            label={t("normalEndingTime")}
            defaultValue={values.normalEndingTime}
            errors={e("normalEndingTime")}
            required
          />
          <TextField
            name="defaultSafetyLeadTimeDays"
            type="number"
            min={0}
            step={1}
            label={t("defaultSafetyLeadTime")}
            hint={t("daysHint")}
            defaultValue={values.defaultSafetyLeadTimeDays}
            errors={e("defaultSafetyLeadTimeDays")}
          />
          <TextField
            name="safetyLeadTimeForManSchDays"
            type="number"
            min={0}
            step={1}
            label={t("safetyLeadTimeForManSch")}
            hint={t("daysHint")}
            defaultValue={values.safetyLeadTimeForManSchDays}
            errors={e("safetyLeadTimeForManSchDays")}
          />
          <TextField
            name="defaultDampenerPeriodDays"
            type="number"
            min={0}
            step={1}
            label={t("defaultDampenerPeriod")}
            hint={t("daysHint")}
            defaultValue={values.defaultDampenerPeriodDays}
            errors={e("defaultDampenerPeriodDays")}
          />
          <TextField
            name="defaultDampenerPercent"
            inputMode="decimal"
            label={t("defaultDampenerPercent")}
            defaultValue={values.defaultDampenerPercent}
            errors={e("defaultDampenerPercent")}
          />
          <CheckboxField
            name="manualScheduling"
            label={t("manualScheduling")}
            defaultChecked={values.manualScheduling}
            errors={e("manualScheduling")}
          />
        </div>
      </CardSection>
      <CardSection title={t("general")} id="general">
        <div className="grid grid-cols-1 md:grid-cols-2 gap-3">
          <TextField
            name="defaultGenBusPostingGroup"
            label={t("defaultGenBusPostingGroup")}
            maxLength={20}
            defaultValue={values.defaultGenBusPostingGroup}
            errors={e("defaultGenBusPostingGroup")}
          />
        </div>
      </CardSection>
      {e("_form") && (
        <p role="alert" className="text-sm text-red-700">
          {e("_form")?.join(" ")}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
