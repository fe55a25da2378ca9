"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { FormMessage } from "@/components/master-data/bom-editor/form-message";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/run-action";

type Action = (prev: unknown, input: unknown) => Promise<ActionResult<unknown>>;

/** Changes the Status of a BOM, routing or version to one of the statuses the rules allow next. */
export function StatusControl({
  no,
  versionCode,
  version,
  allowed,
  action,
}: {
  no: string;
  versionCode?: string;
  version: number;
  /** [status, caption] pairs, from the pure transition table (the service asks it again). */
  allowed: [string, string][];
  action: Action;
}) {
  const t = useTranslations("bomEditor");
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(action, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  if (allowed.length === 0) return null;
  return (
    <form
      action={formAction}
      onSubmit={submitWithoutReset(formAction)}
      className="flex flex-wrap items-center gap-2"
      data-testid="status-control"
    >
      <input type="hidden" name="no" value={no} />
      {versionCode && <input type="hidden" name="versionCode" value={versionCode} />}
      <input type="hidden" name="version" value={version} />
      <label className="text-sm text-slate-700" htmlFor={`status-${versionCode ?? "header"}`}>
        {t("newStatus")}
      </label>
      <select id={`status-${versionCode ?? "header"}`} name="status" className={inputClass} defaultValue={allowed[0][0]}>
        {allowed.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("changeStatus")}
      </Button>
      {state && !state.ok && <FormMessage state={state} namespace="bomEditor" />}
    </form>
  );
}
