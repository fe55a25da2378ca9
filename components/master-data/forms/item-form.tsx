"use client";

import { useTranslations } from "next-intl";
import { Fragment, useState, type ComponentProps } from "react";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { Datalist } from "@/components/master-data/forms/datalist";
import { errorsOf, fieldErrorsOf, FormMessage } from "@/components/master-data/forms/form-message";
import { toRows } from "@/components/master-data/forms/grid-state";
import { RowsGrid, rowsJson } from "@/components/master-data/forms/rows-grid";
import { useRecordForm } from "@/components/master-data/forms/use-record-form";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { createItemAction, updateItemAction } from "@/lib/actions/master-data/items";
import type { Lookups } from "@/lib/data/master-data-forms/lookups";
import type { ItemFormValues } from "@/lib/data/master-data-forms/records";
import { PLANNING_PARAMETER_FIELDS, type PlanningParameterFieldDef } from "@/lib/domain/planning/parameter-fields";

type TextFieldProps = ComponentProps<typeof TextField>;

const BLANK_SKU_PLANNING = Object.fromEntries(PLANNING_PARAMETER_FIELDS.map((f) => [f.name, ""]));
/** The Planning FastTab's fields: the checkboxes (Include Inventory) after the fields to type in. */
const PLANNING_ON_CARD = [
  ...PLANNING_PARAMETER_FIELDS.filter((f) => f.kind !== "yesNo"),
  ...PLANNING_PARAMETER_FIELDS.filter((f) => f.kind === "yesNo"),
];

/** The item card in edit mode, with its four grids. `item` null = a new item. */
export function ItemForm({ item, lookups }: { item: ItemFormValues | null; lookups: Lookups }) {
  const t = useTranslations("items");
  const tf = useTranslations("masterDataForms");
  const { state, formAction, pending } = useRecordForm(
    (prev: unknown, form: FormData) => (item ? updateItemAction(prev, form) : createItemAction(prev, form)),
    (d) => `/items/${encodeURIComponent(d.no)}`,
  );
  const [units, setUnits] = useState(() => toRows(item?.units));
  const [variants, setVariants] = useState(() => toRows(item?.variants));
  const [skus, setSkus] = useState(() => toRows(item?.stockkeepingUnits));
  const [inventory, setInventory] = useState(() => toRows(item?.inventory));
  const errors = fieldErrorsOf(state);
  const text = (
    name: keyof ItemFormValues,
    label: string,
    { fallback = "", ...extra }: Omit<TextFieldProps, "name" | "label"> & { fallback?: string } = {},
  ) => <TextField name={name} label={label} defaultValue={String(item?.[name] ?? fallback)} errors={errorsOf(state, name)} {...extra} />;
  const select = (name: keyof ItemFormValues, label: string, values: string[]) => (
    <SelectField
      name={name}
      label={label}
      defaultValue={String(item?.[name] ?? values[0])}
      errors={errorsOf(state, name)}
      options={values.map((v) => ({ value: v, label: t(`enum.${v || "BLANK"}`) }))}
    />
  );
  const policies = ["", "FIXED_REORDER_QTY", "MAXIMUM_QTY", "ORDER", "LOT_FOR_LOT"];
  // PL-1 a parameter on the Planning FastTab: quantities are 0 unless set, periods blank; a blank
  // Dampener Period or Quantity is Manufacturing Setup's.
  const planningField = (f: PlanningParameterFieldDef) => {
    const label = t(f.captionKey);
    const setupHint = "blankIsSetupDefault" in f ? t("blankIsSetupDampener") : undefined;
    switch (f.kind) {
      case "policy":
        return select(f.name, label, policies);
      case "days":
        return text(f.name, label, { inputMode: "numeric", hint: setupHint ?? tf("inDays") });
      case "quantity":
        return text(f.name, label, { inputMode: "decimal", ...(setupHint ? { hint: setupHint } : { fallback: "0" }) });
      case "yesNo":
        return (
          <div className="pt-6">
            <CheckboxField name={f.name} label={label} defaultChecked={Boolean(item?.[f.name] ?? true)} errors={errorsOf(state, f.name)} />
          </div>
        );
    }
  };
  // A stockkeeping unit's override of a parameter: blank = the item's value.
  const skuPlanningColumn = (f: PlanningParameterFieldDef) =>
    f.kind === "policy"
      ? {
          name: f.name,
          label: t(f.captionKey),
          type: "select" as const,
          options: policies.map((v) => ({ value: v, label: t(`enum.${v || "BLANK"}`) })),
        }
      : f.kind === "yesNo"
        ? {
            name: f.name,
            label: t(f.captionKey),
            type: "select" as const,
            options: [
              { value: "", label: " " },
              { value: "true", label: t("yes") },
              { value: "false", label: t("noAnswer") },
            ],
          }
        : { name: f.name, label: t(f.captionKey), type: "number" as const };
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-3">
      <FormMessage state={state} />
      {item && <input type="hidden" name="version" value={item.version} />}
      {[
        ["units", units],
        ["variants", variants],
        ["stockkeepingUnits", skus],
        ["inventory", inventory],
      ].map(([name, rows]) => (
        <input key={name as string} type="hidden" name={name as string} value={rowsJson(rows as typeof units)} />
      ))}
      <Datalist id="dl-units" options={lookups.units} />
      <Datalist id="dl-locations" options={lookups.locations} />
      <Datalist id="dl-routings" options={lookups.routings} />
      <Datalist id="dl-boms" options={lookups.boms} />
      <CardSection title={tf("general")} id="general">
        <div className="grid grid-cols-1 md:grid-cols-2 lg:grid-cols-3 gap-3">
          {text("no", t("no"), { readOnly: !!item, maxLength: 20, required: true, className: item ? "bg-slate-100" : "" })}
          {text("description", t("description"), { maxLength: 100 })}
          {text("description2", t("description2"), { maxLength: 50 })}
          {text("baseUnitOfMeasure", t("baseUnitOfMeasure"), { list: "dl-units", maxLength: 10, required: true, fallback: "PCS" })}
          {text("unitCost", t("unitCost"), { inputMode: "decimal", fallback: "0" })}
          {text("roundingPrecision", t("roundingPrecision"), { inputMode: "decimal", fallback: "0.00001" })}
          {select("productionBlocked", t("productionBlocked"), ["NONE", "OUTPUT"])}
          <div className="pt-6">
            <CheckboxField
              name="blocked"
              label={t("blocked")}
              defaultChecked={item?.blocked ?? false}
              errors={errorsOf(state, "blocked")}
            />
          </div>
        </div>
      </CardSection>
      <CardSection title={t("replenishment")} id="replenishment">
        <div className="grid grid-cols-1 md:grid-cols-2 lg:grid-cols-3 gap-3">
          {select("replenishmentSystem", t("replenishmentSystem"), ["PURCHASE", "PROD_ORDER"])}
          {select("manufacturingPolicy", t("manufacturingPolicy"), ["MAKE_TO_STOCK", "MAKE_TO_ORDER"])}
          {text("productionBomNo", t("productionBomNo"), { list: "dl-boms", maxLength: 20 })}
          {text("routingNo", t("routingNo"), { list: "dl-routings", maxLength: 20 })}
          {text("scrapPercent", t("scrapPercent"), { inputMode: "decimal", fallback: "0" })}
          {text("leadTimeDays", t("leadTimeCalculation"), { inputMode: "numeric", fallback: "0", hint: tf("inDays") })}
          {text("safetyLeadTimeDays", t("safetyLeadTime"), { inputMode: "numeric", hint: tf("blankIsSetupDefault") })}
        </div>
      </CardSection>
      <CardSection title={t("planning")} id="planning">
        <div className="grid grid-cols-1 md:grid-cols-2 lg:grid-cols-3 gap-3">
          {PLANNING_ON_CARD.map((f) => (
            <Fragment key={f.name}>{planningField(f)}</Fragment>
          ))}
        </div>
      </CardSection>
      <CardSection title={t("unitsOfMeasure")} id="uom">
        <p className="text-xs text-slate-500 mb-2">{tf("baseUnitKept")}</p>
        <RowsGrid
          grid="units"
          caption={t("unitsOfMeasure")}
          rows={units}
          onChange={setUnits}
          fieldErrors={errors}
          testId="grid-units"
          columns={[
            { name: "code", label: t("code"), list: "dl-units", maxLength: 10 },
            { name: "qtyPerUnitOfMeasure", label: t("qtyPerUnitOfMeasure"), type: "number" },
          ]}
          emptyRow={() => ({ code: "", qtyPerUnitOfMeasure: "1" })}
        />
      </CardSection>
      <CardSection title={t("variants")} id="variants">
        <RowsGrid
          grid="variants"
          caption={t("variants")}
          rows={variants}
          onChange={setVariants}
          fieldErrors={errors}
          testId="grid-variants"
          columns={[
            { name: "code", label: t("code"), maxLength: 10 },
            { name: "description", label: t("description"), width: "w-64", maxLength: 100 },
            { name: "blocked", label: t("blocked"), type: "checkbox" },
          ]}
          emptyRow={() => ({ code: "", description: "", blocked: false })}
        />
      </CardSection>
      <CardSection title={t("stockkeepingUnits")} id="sku">
        <RowsGrid
          grid="stockkeepingUnits"
          caption={t("stockkeepingUnits")}
          rows={skus}
          onChange={setSkus}
          fieldErrors={errors}
          columns={[
            { name: "locationCode", label: t("locationCode"), list: "dl-locations" },
            { name: "variantCode", label: t("variantCode") },
            { name: "routingNo", label: t("routingNo"), list: "dl-routings" },
            { name: "leadTimeDays", label: t("leadTimeCalculation"), type: "number" },
            { name: "safetyLeadTimeDays", label: t("safetyLeadTime"), type: "number" },
            // PL-1 overrides at this location; blank = the item's value.
            ...PLANNING_PARAMETER_FIELDS.map(skuPlanningColumn),
          ]}
          emptyRow={() => ({
            locationCode: "",
            variantCode: "",
            routingNo: "",
            leadTimeDays: "",
            safetyLeadTimeDays: "",
            ...BLANK_SKU_PLANNING,
          })}
        />
      </CardSection>
      <CardSection title={t("inventory")} id="inventory">
        <RowsGrid
          grid="inventory"
          caption={t("inventory")}
          rows={inventory}
          onChange={setInventory}
          fieldErrors={errors}
          columns={[
            { name: "locationCode", label: t("locationCode"), list: "dl-locations" },
            { name: "variantCode", label: t("variantCode") },
            { name: "quantity", label: t("quantity"), type: "number" },
          ]}
          emptyRow={() => ({ locationCode: "", variantCode: "", quantity: "0" })}
        />
      </CardSection>
      <Button type="submit" disabled={pending}>
        {tf("save")}
      </Button>
    </form>
  );
}
