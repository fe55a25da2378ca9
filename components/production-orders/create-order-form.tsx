"use client";

import { useActionState, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createProductionOrderAction, peekOrderNoAction, previewSourceAction } from "@/lib/actions/production-orders";
import type { ActionResult } from "@/lib/actions/run-action";
import type { SourcePreview } from "@/lib/services/production-orders/source-lookup";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { SourceLookup } from "@/components/production-orders/source-lookup";
import { OrderPreview } from "@/components/production-orders/order-preview";

type Props = {
  initialStatus: string;
  initialPeek: { no: string | null; manualNos: boolean } | null;
  locations: { code: string; name: string }[];
};

// PO-3 … PO-8 in the browser: the planner picks the source and sees, before saving, what the
// order will copy. The server checks every rule again (PO-11) and answers beside the field.
export function CreateOrderForm({ initialStatus, initialPeek, locations }: Props) {
  const t = useTranslations("orders");
  const tc = useTranslations("common");
  const router = useRouter();
  const [state, action, pending] = useActionState<ActionResult<{ href: string }> | null, FormData>(async (prev, fd) => {
    const r = (await createProductionOrderAction(prev, fd)) as ActionResult<{ href: string }>;
    if (r.ok) router.push(r.data.href);
    return r;
  }, null);
  const [v, setV] = useState({ status: initialStatus, no: "", sourceType: "ITEM", sourceNo: "", variantCode: "", quantity: "", dueDate: "", locationCode: "" });
  const [peek, setPeek] = useState(initialPeek);
  const [preview, setPreview] = useState<{ data?: SourcePreview; errors?: Record<string, string[]> }>({});
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value, ...(k === "sourceType" ? { sourceNo: "", variantCode: "" } : {}) }));

  useEffect(() => {
    let live = true;
    peekOrderNoAction({ status: v.status }).then((r) => live && setPeek(r.ok ? r.data : null));
    return () => { live = false; };
  }, [v.status]);

  useEffect(() => {
    if (!v.sourceNo) return;
    let live = true;
    const timer = setTimeout(async () => {
      const r = await previewSourceAction(v);
      if (live) setPreview(r.ok ? { data: r.data } : { errors: r.fieldErrors });
    }, 250);
    return () => { live = false; clearTimeout(timer); };
  }, [v]);

  const errors = state && !state.ok ? state.fieldErrors : {};
  const err = (k: string) => errors[k] ?? (k === "sourceNo" || k === "variantCode" || k === "locationCode" ? preview.errors?.[k] : undefined);
  const statusOptions = ["SIMULATED", "PLANNED", "FIRM_PLANNED"].map((s) => ({ value: s, label: t(`status.${s}`) }));
  const noHint = peek?.manualNos === false ? t("noManualNotAllowed") : peek?.no ? t("noHint", { no: peek.no }) : t("noHintNone");
  const variants = v.sourceNo && preview.data ? preview.data.variants : [];

  return (
    <form action={action} className="grid grid-cols-1 lg:grid-cols-3 gap-4" noValidate>
      <div className="lg:col-span-2 bg-white rounded border border-slate-200 p-4 grid grid-cols-1 sm:grid-cols-2 gap-x-4 gap-y-1">
        {state && !state.ok && (
          <p role="alert" className="sm:col-span-2 rounded bg-red-50 border border-red-200 px-3 py-2 text-sm text-red-800">{state.message}</p>
        )}
        <TextField name="no" label={t("no")} value={v.no} onChange={(e) => set("no")(e.target.value)} errors={err("no")}
          placeholder={peek?.no ?? ""} readOnly={peek?.manualNos === false} hint={noHint} maxLength={20} />
        <SelectField name="status" label={t("statusField")} value={v.status} onChange={(e) => set("status")(e.target.value)} options={statusOptions} errors={err("status")} />
        <SelectField name="sourceType" label={t("sourceType")} value={v.sourceType} onChange={(e) => set("sourceType")(e.target.value)} errors={err("sourceType")}
          options={["ITEM", "FAMILY", "SALES_HEADER"].map((s) => ({ value: s, label: t(`sourceTypes.${s}`) }))} />
        <SourceLookup sourceType={v.sourceType} status={v.status} value={v.sourceNo} onChange={set("sourceNo")} label={t("sourceNo")} errors={err("sourceNo")} />
        <SelectField name="variantCode" label={t("variantCode")} value={v.variantCode} onChange={(e) => set("variantCode")(e.target.value)} errors={err("variantCode")}
          disabled={v.sourceType !== "ITEM"} options={[{ value: "", label: "" }, ...variants.map((x) => ({ value: x.code, label: `${x.code} ${x.description}` }))]} />
        <TextField name="quantity" label={t("quantity")} inputMode="decimal" value={v.quantity} onChange={(e) => set("quantity")(e.target.value)} errors={err("quantity")} />
        <TextField name="dueDate" type="date" label={t("dueDate")} value={v.dueDate} onChange={(e) => set("dueDate")(e.target.value)} errors={err("dueDate")} />
        <SelectField name="locationCode" label={t("locationCode")} value={v.locationCode} onChange={(e) => set("locationCode")(e.target.value)} errors={err("locationCode")}
          options={[{ value: "", label: "" }, ...locations.map((l) => ({ value: l.code, label: `${l.code} ${l.name}` }))]} />
        <div className="sm:col-span-2">
          <CheckboxField name="refresh" label={t("refreshOnCreate")} defaultChecked />
        </div>
        <div className="sm:col-span-2 flex gap-2">
          <Button type="submit" disabled={pending}>{pending ? tc("saving") : t("create")}</Button>
        </div>
      </div>
      <OrderPreview preview={v.sourceNo ? preview.data : undefined} sourceType={v.sourceType} />
    </form>
  );
}
