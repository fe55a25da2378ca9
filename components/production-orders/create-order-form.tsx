"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { createProductionOrderAction, peekOrderNoAction, previewProductionOrderAction } from "@/lib/actions/production-orders";
import type { ActionResult } from "@/lib/actions/run-action";
import type { OrderPreview as Preview } from "@/lib/services/production-orders/preview-production-order";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { SourceLookup } from "@/components/production-orders/source-lookup";
import { OrderPreview } from "@/components/production-orders/order-preview";

type Props = {
  initialStatus: string;
  initialPeek: { no: string | null; manualNos: boolean } | null;
  locations: { code: string; name: string }[];
};

type Shown = { key: string; data?: Preview; errors?: Record<string, string[]>; message?: string };

// PO-3 … PO-8 in the browser: the planner picks the source and sees, before saving, what the
// order will get: the server runs the create itself and rolls it back (one implementation). Only
// the answer to the latest request is shown; while a newer one runs the preview says so.
export function CreateOrderForm({ initialStatus, initialPeek, locations }: Props) {
  const t = useTranslations("orders");
  const tc = useTranslations("common");
  const f = useFormatter();
  const router = useRouter();
  const [state, action, pending] = useActionState<ActionResult<{ href: string }> | null, FormData>(async (prev, fd) => {
    const r = (await createProductionOrderAction(prev, fd)) as ActionResult<{ href: string }>;
    if (r.ok) router.push(r.data.href);
    return r;
  }, null);
  const [v, setV] = useState({
    status: initialStatus,
    no: "",
    sourceType: "ITEM",
    sourceNo: "",
    variantCode: "",
    quantity: "",
    dueDate: "",
    locationCode: "",
    refresh: true,
  });
  const [peek, setPeek] = useState(initialPeek);
  const [preview, setPreview] = useState<Shown | null>(null);
  const latest = useRef(0);
  const set =
    <K extends keyof typeof v>(k: K) =>
    (value: (typeof v)[K]) =>
      setV((old) => ({
        ...old,
        [k]: value,
        ...(k === "sourceType" ? { sourceNo: "", variantCode: "", ...(value === "SALES_HEADER" ? { quantity: "" } : {}) } : {}),
      }));
  const salesHeader = v.sourceType === "SALES_HEADER";
  const key = JSON.stringify(v);

  useEffect(() => {
    let live = true;
    peekOrderNoAction({ status: v.status }).then((r) => live && setPeek(r.ok ? r.data : null));
    return () => {
      live = false;
    };
  }, [v.status]);

  useEffect(() => {
    if (!v.sourceNo) return;
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      const { no: _no, ...input } = v;
      const r = await previewProductionOrderAction({ ...input, refresh: input.refresh ? "on" : "" });
      // A slower answer to an older request never overwrites a newer one.
      if (request !== latest.current) return;
      setPreview(r.ok ? { key, data: r.data } : { key, errors: r.fieldErrors, message: r.message });
    }, 250);
    return () => clearTimeout(timer);
  }, [v, key]);

  const errors = state && !state.ok ? state.fieldErrors : {};
  const current = preview?.key === key ? preview : null;
  // The preview's refusals stand beside the fields the planner has filled; an empty one is only
  // named in the preview, not marked red before anyone typed in it.
  const err = (k: string) => errors[k] ?? (k === "sourceNo" || v[k as keyof typeof v] ? current?.errors?.[k] : undefined);
  const statusOptions = ["SIMULATED", "PLANNED", "FIRM_PLANNED"].map((s) => ({ value: s, label: t(`status.${s}`) }));
  const noHint = peek?.manualNos === false ? t("noManualNotAllowed") : peek?.no ? t("noHint", { no: peek.no }) : t("noHintNone");
  const variants = v.sourceNo && preview?.data ? preview.data.variants : [];
  const todayText = f.dateTime(new Date(), { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" });

  return (
    <form action={action} className="grid grid-cols-1 lg:grid-cols-3 gap-4" noValidate>
      <div className="lg:col-span-2 bg-white rounded border border-slate-200 p-4 grid grid-cols-1 sm:grid-cols-2 gap-x-4 gap-y-1">
        {state && !state.ok && (
          <p role="alert" className="sm:col-span-2 rounded bg-red-50 border border-red-200 px-3 py-2 text-sm text-red-800">
            {state.message}
          </p>
        )}
        <TextField
          name="no"
          label={t("no")}
          value={v.no}
          onChange={(e) => set("no")(e.target.value)}
          errors={err("no")}
          placeholder={peek?.no ?? ""}
          readOnly={peek?.manualNos === false}
          hint={noHint}
          maxLength={20}
        />
        <SelectField
          name="status"
          label={t("statusField")}
          value={v.status}
          onChange={(e) => set("status")(e.target.value)}
          options={statusOptions}
          errors={err("status")}
        />
        <SelectField
          name="sourceType"
          label={t("sourceType")}
          value={v.sourceType}
          onChange={(e) => set("sourceType")(e.target.value)}
          errors={err("sourceType")}
          options={["ITEM", "FAMILY", "SALES_HEADER"].map((s) => ({ value: s, label: t(`sourceTypes.${s}`) }))}
        />
        <SourceLookup
          sourceType={v.sourceType}
          status={v.status}
          value={v.sourceNo}
          onChange={set("sourceNo")}
          label={t("sourceNo")}
          errors={err("sourceNo")}
        />
        <SelectField
          name="variantCode"
          label={t("variantCode")}
          value={v.variantCode}
          onChange={(e) => set("variantCode")(e.target.value)}
          errors={err("variantCode")}
          disabled={v.sourceType !== "ITEM"}
          options={[{ value: "", label: "" }, ...variants.map((x) => ({ value: x.code, label: `${x.code} ${x.description}` }))]}
        />
        {/* PO-6/RF-2: a Sales Header order builds its sales lines' quantities: nothing to type. */}
        <TextField
          name="quantity"
          label={t("quantity")}
          inputMode="decimal"
          value={v.quantity}
          onChange={(e) => set("quantity")(e.target.value)}
          errors={err("quantity")}
          disabled={salesHeader}
          hint={salesHeader ? t("quantityFromSalesLines") : undefined}
        />
        <TextField
          name="dueDate"
          type="date"
          label={t("dueDate")}
          value={v.dueDate}
          onChange={(e) => set("dueDate")(e.target.value)}
          errors={err("dueDate")}
          disabled={salesHeader}
          hint={salesHeader ? t("dueDateFromShipment") : t("dueDateBlankToday", { today: todayText })}
        />
        <SelectField
          name="locationCode"
          label={t("locationCode")}
          value={v.locationCode}
          onChange={(e) => set("locationCode")(e.target.value)}
          errors={err("locationCode")}
          options={[{ value: "", label: "" }, ...locations.map((l) => ({ value: l.code, label: `${l.code} ${l.name}` }))]}
        />
        <div className="sm:col-span-2">
          <CheckboxField
            name="refresh"
            label={t("refreshOnCreate")}
            checked={v.refresh}
            onChange={(e) => set("refresh")(e.target.checked)}
          />
        </div>
        <div className="sm:col-span-2 flex gap-2">
          <Button type="submit" disabled={pending}>
            {pending ? tc("saving") : t("create")}
          </Button>
        </div>
      </div>
      <OrderPreview preview={v.sourceNo ? preview?.data : undefined} stale={!current} failed={current?.message} sourceType={v.sourceType} />
    </form>
  );
}
