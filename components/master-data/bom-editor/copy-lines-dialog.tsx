"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useState } from "react";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { FormMessage } from "@/components/master-data/bom-editor/form-message";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/run-action";

type Action = (prev: unknown, input: unknown) => Promise<ActionResult<unknown>>;
export type CopySourceOption = { no: string; description: string; versions: string[] };

/**
 * BC's Copy BOM / Copy Version (and Copy Routing): a lookup of the source record and version
 * whose lines replace those of this BOM, routing or version. `fixedNo` = the source is this
 * record itself (a version page); `header` = its own lines may be the source. The service
 * refuses a Certified target, a copy onto itself and a cycle; the refusal shows in the dialog.
 */
export function CopyLinesDialog({
  title,
  kind,
  no,
  versionCode,
  version,
  sources,
  fixedNo,
  header = true,
  excludeVersion,
  action,
}: {
  title: string;
  kind: "bom" | "routing";
  no: string;
  versionCode?: string;
  version: number;
  sources: CopySourceOption[];
  fixedNo?: string;
  header?: boolean;
  excludeVersion?: string;
  action: Action;
}) {
  const t = useTranslations("bomEditor");
  const tc = useTranslations("common");
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [fromNo, setFromNo] = useState(fixedNo ?? "");
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(action, null);
  useEffect(() => {
    if (!state?.ok) return;
    setOpen(false);
    router.refresh();
  }, [state, router]);
  const versions = (sources.find((s) => s.no === fromNo)?.versions ?? []).filter((v) => fromNo !== fixedNo || v !== excludeVersion);
  const errors = (field: string) => (state && !state.ok ? state.fieldErrors[field] : undefined);
  const select = (
    field: string,
    label: string,
    value: string | undefined,
    options: { value: string; label: string }[],
    onChange?: (v: string) => void,
  ) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${id}-${field}`} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={`${id}-${field}`}
        name={field}
        className={inputClass}
        aria-invalid={errors(field) ? true : undefined}
        aria-describedby={`${id}-${field}-error`}
        {...(onChange ? { value, onChange: (e) => onChange(e.target.value) } : { defaultValue: value })}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <p id={`${id}-${field}-error`} aria-live="polite" className="text-sm text-red-700" data-field-error={field}>
        {errors(field)?.join(" ")}
      </p>
    </div>
  );
  if (!open)
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        {title}
      </Button>
    );
  const sourceOptions = fixedNo
    ? [{ value: fixedNo, label: fixedNo }]
    : [
        { value: "", label: t("copy.choose") },
        ...sources.map((s) => ({ value: s.no, label: s.description ? `${s.no} · ${s.description}` : s.no })),
      ];
  const versionOptions = [...(header ? [{ value: "", label: t("copy.noVersion") }] : []), ...versions.map((v) => ({ value: v, label: v }))];
  return (
    <div
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      className="w-full rounded border border-slate-300 bg-white p-3 shadow-md space-y-2"
    >
      <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-800">
        {title}
      </h2>
      <p className="text-xs text-slate-500">{t(kind === "bom" ? "copy.hintBom" : "copy.hintRouting")}</p>
      <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="flex flex-wrap items-start gap-3">
        <input type="hidden" name="no" value={no} />
        {versionCode && <input type="hidden" name="versionCode" value={versionCode} />}
        <input type="hidden" name="version" value={version} />
        {select("fromNo", t(kind === "bom" ? "copy.fromBom" : "copy.fromRouting"), fromNo, sourceOptions, fixedNo ? undefined : setFromNo)}
        <div key={fromNo}>{select("fromVersionCode", t("copy.fromVersion"), versionOptions[0]?.value ?? "", versionOptions)}</div>
        <div className="flex gap-2 self-center">
          <Button type="submit" disabled={pending}>
            {t("copy.ok")}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
            {tc("cancel")}
          </Button>
        </div>
      </form>
      {state && !state.ok && <FormMessage state={state} namespace="bomEditor" />}
    </div>
  );
}
