"use client";

import { useActionState, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { updateProductionOrderAction } from "@/lib/actions/production-orders";
import type { ActionResult } from "@/lib/actions/run-action";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { CardSection } from "@/components/ui/card-section";

type Order = {
  id: number; version: number; status: string; no: string; description: string; description2: string;
  sourceType: string; sourceNo: string; variantCode: string; quantity: string; dueDate: string; locationCode: string;
};

// Editing the header (PO-4 … PO-10). The form carries the version it was read at, so a
// save over someone else's change is refused instead of overwriting it. No. is never editable.
export function EditOrderForm({ order, locations }: { order: Order; locations: { code: string; name: string }[] }) {
  const t = useTranslations("orders");
  const tc = useTranslations("common");
  const router = useRouter();
  const [state, action, pending] = useActionState<ActionResult<{ version: number; notices: string[] }> | null, FormData>(
    async (prev, fd) => {
      const r = (await updateProductionOrderAction(prev, fd)) as ActionResult<{ version: number; notices: string[] }>;
      if (r.ok) router.refresh();
      return r;
    },
    null,
  );
  const [open, setOpen] = useState(false);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const version = state?.ok ? state.data.version : order.version;

  return (
    <CardSection title={t("edit")} id="edit">
      {!open ? (
        <Button variant="secondary" onClick={() => setOpen(true)}>{t("edit")}</Button>
      ) : (
        <form action={action} className="grid grid-cols-1 sm:grid-cols-3 gap-x-4 gap-y-1" noValidate>
          <input type="hidden" name="id" value={order.id} />
          <input type="hidden" name="version" value={version} />
          {state && (
            <div className="sm:col-span-3" role={state.ok ? "status" : "alert"}>
              {state.ok ? (
                <p className="rounded bg-green-50 border border-green-200 px-3 py-2 text-sm text-green-800">
                  {t("saved")} {state.data.notices.join(" ")}
                </p>
              ) : (
                <p className="rounded bg-red-50 border border-red-200 px-3 py-2 text-sm text-red-800">{state.message}</p>
              )}
            </div>
          )}
          <TextField name="no" label={t("no")} defaultValue={order.no} readOnly disabled />
          <TextField name="description" label={t("description")} defaultValue={order.description} errors={errors.description} maxLength={100} />
          <TextField name="description2" label={t("description2")} defaultValue={order.description2} errors={errors.description2} maxLength={50} />
          <SelectField name="sourceType" label={t("sourceType")} defaultValue={order.sourceType} errors={errors.sourceType}
            options={["ITEM", "FAMILY", "SALES_HEADER"].map((s) => ({ value: s, label: t(`sourceTypes.${s}`) }))} />
          <TextField name="sourceNo" label={t("sourceNo")} defaultValue={order.sourceNo} errors={errors.sourceNo} maxLength={20} />
          <TextField name="variantCode" label={t("variantCode")} defaultValue={order.variantCode} errors={errors.variantCode} maxLength={10} />
          <TextField name="quantity" label={t("quantity")} inputMode="decimal" defaultValue={order.quantity} errors={errors.quantity} />
          <TextField name="dueDate" type="date" label={t("dueDate")} defaultValue={order.dueDate} errors={errors.dueDate} />
          <SelectField name="locationCode" label={t("locationCode")} defaultValue={order.locationCode} errors={errors.locationCode}
            options={[{ value: "", label: "" }, ...locations.map((l) => ({ value: l.code, label: `${l.code} ${l.name}` }))]} />
          <div className="sm:col-span-3 flex gap-2">
            <Button type="submit" disabled={pending}>{pending ? tc("saving") : tc("save")}</Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>{tc("close")}</Button>
          </div>
        </form>
      )}
    </CardSection>
  );
}
