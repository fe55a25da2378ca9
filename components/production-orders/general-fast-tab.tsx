"use client";

import { useActionState, useEffect, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { itemVariantsAction, updateProductionOrderAction } from "@/lib/actions/production-orders";
import type { ActionResult } from "@/lib/actions/run-action";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { SourceLookup } from "@/components/production-orders/source-lookup";

type Order = {
  id: number;
  version: number;
  status: string;
  no: string;
  description: string;
  description2: string;
  sourceType: string;
  sourceNo: string;
  variantCode: string;
  quantity: string;
  dueDate: string;
  locationCode: string;
};
type Saved = ActionResult<{ version: number; notices: string[] }>;

// The card's General FastTab: it shows the header, and "Edit" turns it into the header's fields
// in place (PO-4 … PO-10), with the create form's lookups: Source No. searches the sources of the
// chosen Source Type, Variant Code offers the item's variants. The form carries the version it
// was read at, so a save over someone else's change is refused. No. is never editable.
export function GeneralFastTab({
  order,
  display,
  editable,
  locations,
}: {
  order: Order;
  display: ReactNode;
  editable: boolean;
  locations: { code: string; name: string }[];
}) {
  const t = useTranslations("orders");
  const tc = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState<Saved | null, FormData>(async (prev, fd) => {
    const r = (await updateProductionOrderAction(prev, fd)) as Saved;
    if (r.ok) {
      setOpen(false);
      router.refresh();
    }
    return r;
  }, null);
  const [v, setV] = useState({ sourceType: order.sourceType, sourceNo: order.sourceNo, variantCode: order.variantCode });
  const [variants, setVariants] = useState<{ code: string; description: string }[]>([]);
  useEffect(() => {
    if (!open || v.sourceType !== "ITEM" || !v.sourceNo) return;
    let live = true;
    const timer = setTimeout(async () => {
      const r = await itemVariantsAction({ itemNo: v.sourceNo });
      if (live) setVariants(r.ok ? r.data : []);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, v.sourceType, v.sourceNo]);

  const errors = state && !state.ok ? state.fieldErrors : {};
  const version = state?.ok ? state.data.version : order.version;
  const message = state && (
    <div role={state.ok ? "status" : "alert"} className="mb-2">
      {state.ok ? (
        <p className="rounded bg-green-50 border border-green-200 px-3 py-2 text-sm text-green-800">
          {t("saved")} {state.data.notices.join(" ")}
        </p>
      ) : (
        <p className="rounded bg-red-50 border border-red-200 px-3 py-2 text-sm text-red-800">{state.message}</p>
      )}
    </div>
  );
  if (!open) {
    return (
      <>
        {message}
        {display}
        {editable && (
          <div className="mt-2">
            <Button variant="secondary" onClick={() => setOpen(true)}>
              {t("edit")}
            </Button>
          </div>
        )}
      </>
    );
  }
  const variantOptions = [{ value: "", label: "" }, ...variants.map((x) => ({ value: x.code, label: `${x.code} ${x.description}` }))];
  if (v.variantCode && !variants.some((x) => x.code === v.variantCode)) variantOptions.push({ value: v.variantCode, label: v.variantCode });
  return (
    <form action={action} className="grid grid-cols-1 sm:grid-cols-3 gap-x-4 gap-y-1" noValidate>
      <div className="sm:col-span-3">{message}</div>
      <input type="hidden" name="id" value={order.id} />
      <input type="hidden" name="version" value={version} />
      <TextField name="no" label={t("no")} defaultValue={order.no} readOnly disabled />
      <TextField name="description" label={t("description")} defaultValue={order.description} errors={errors.description} maxLength={100} />
      <TextField
        name="description2"
        label={t("description2")}
        defaultValue={order.description2}
        errors={errors.description2}
        maxLength={50}
      />
      <SelectField
        name="sourceType"
        label={t("sourceType")}
        value={v.sourceType}
        errors={errors.sourceType}
        onChange={(e) => setV({ sourceType: e.target.value, sourceNo: "", variantCode: "" })}
        options={["ITEM", "FAMILY", "SALES_HEADER"].map((s) => ({ value: s, label: t(`sourceTypes.${s}`) }))}
      />
      <SourceLookup
        sourceType={v.sourceType}
        status={order.status}
        value={v.sourceNo}
        label={t("sourceNo")}
        errors={errors.sourceNo}
        onChange={(sourceNo) => setV((o) => ({ ...o, sourceNo, variantCode: "" }))}
      />
      <SelectField
        name="variantCode"
        label={t("variantCode")}
        value={v.variantCode}
        errors={errors.variantCode}
        disabled={v.sourceType !== "ITEM"}
        onChange={(e) => setV((o) => ({ ...o, variantCode: e.target.value }))}
        options={variantOptions}
      />
      <TextField name="quantity" label={t("quantity")} inputMode="decimal" defaultValue={order.quantity} errors={errors.quantity} />
      <TextField name="dueDate" type="date" label={t("dueDate")} defaultValue={order.dueDate} errors={errors.dueDate} />
      <SelectField
        name="locationCode"
        label={t("locationCode")}
        defaultValue={order.locationCode}
        errors={errors.locationCode}
        options={[{ value: "", label: "" }, ...locations.map((l) => ({ value: l.code, label: `${l.code} ${l.name}` }))]}
      />
      <div className="sm:col-span-3 flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : tc("save")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          {tc("close")}
        </Button>
      </div>
    </form>
  );
}
