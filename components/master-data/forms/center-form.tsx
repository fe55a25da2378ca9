"use client";

import { useTranslations } from "next-intl";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { Datalist } from "@/components/master-data/forms/datalist";
import { errorsOf, FormMessage } from "@/components/master-data/forms/form-message";
import { useRecordForm } from "@/components/master-data/forms/use-record-form";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { TextField } from "@/components/ui/field";
import { createMachineCenterAction, updateMachineCenterAction } from "@/lib/actions/master-data/machine-centers";
import { createWorkCenterAction, updateWorkCenterAction } from "@/lib/actions/master-data/work-centers";
import type { Option } from "@/lib/data/master-data-forms/lookups";
import type { CenterFormValues } from "@/lib/data/master-data-forms/records";

/**
 * The work center or machine center card in edit mode: Capacity, Efficiency %, Unit Cost and
 * the shop calendar (work center) or the work center (machine center).
 */
export function CenterForm({ kind, center, options }: { kind: "work" | "machine"; center: CenterFormValues | null; options: Option[] }) {
  const t = useTranslations(kind === "work" ? "workCenters" : "machineCenters");
  const tf = useTranslations("masterDataForms");
  const tm = useTranslations("masterData");
  const base = kind === "work" ? "/work-centers" : "/machine-centers";
  const { state, formAction, pending } = useRecordForm(
    (prev: unknown, form: FormData) =>
      kind === "work"
        ? center
          ? updateWorkCenterAction(prev, form)
          : createWorkCenterAction(prev, form)
        : center
          ? updateMachineCenterAction(prev, form)
          : createMachineCenterAction(prev, form),
    (d) => `${base}/${encodeURIComponent(d.no)}`,
  );
  const link =
    kind === "work"
      ? { name: "shopCalendarCode", label: tm("shopCalendarCode"), value: center?.shopCalendarCode ?? "", max: 10 }
      : { name: "workCenterNo", label: t("workCenterNo"), value: center?.workCenterNo ?? "", max: 20 };
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-3">
      <FormMessage state={state} />
      {center && <input type="hidden" name="version" value={center.version} />}
      <Datalist id="dl-link" options={options} />
      <CardSection title={tf("general")} id="general">
        <div className="grid grid-cols-1 md:grid-cols-2 lg:grid-cols-3 gap-3">
          <TextField
            name="no"
            label={t("no")}
            defaultValue={center?.no ?? ""}
            readOnly={!!center}
            maxLength={20}
            required
            errors={errorsOf(state, "no")}
          />
          <TextField name="name" label={t("name")} defaultValue={center?.name ?? ""} maxLength={100} errors={errorsOf(state, "name")} />
          <TextField
            name={link.name}
            label={link.label}
            defaultValue={link.value}
            list="dl-link"
            maxLength={link.max}
            required
            errors={errorsOf(state, link.name)}
          />
          <TextField
            name="capacity"
            label={t("capacity")}
            defaultValue={center?.capacity ?? "1"}
            inputMode="decimal"
            errors={errorsOf(state, "capacity")}
          />
          <TextField
            name="efficiency"
            label={t("efficiency")}
            defaultValue={center?.efficiency ?? "100"}
            inputMode="decimal"
            errors={errorsOf(state, "efficiency")}
          />
          <TextField
            name="unitCost"
            label={t("unitCost")}
            defaultValue={center?.unitCost ?? "0"}
            inputMode="decimal"
            errors={errorsOf(state, "unitCost")}
          />
        </div>
      </CardSection>
      <Button type="submit" disabled={pending}>
        {tf("save")}
      </Button>
    </form>
  );
}
