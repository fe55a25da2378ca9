"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { FormMessage } from "@/components/master-data/bom-editor/form-message";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/run-action";

type Action = (prev: unknown, input: unknown) => Promise<ActionResult<unknown>>;

/** Deletes a BOM, routing or version after a confirmation; refusals (in use) show beside it. */
export function DeleteRecordButton({
  no,
  versionCode,
  version,
  confirmText,
  then,
  action,
}: {
  no: string;
  versionCode?: string;
  version: number;
  confirmText: string;
  /** Where to go once deleted. */
  then: string;
  action: Action;
}) {
  const t = useTranslations("bomEditor");
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(action, null);
  useEffect(() => {
    if (state?.ok) router.push(then);
  }, [state, router, then]);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(confirmText)) e.preventDefault();
      }}
      className="flex flex-wrap items-center gap-2"
    >
      <input type="hidden" name="no" value={no} />
      {versionCode && <input type="hidden" name="versionCode" value={versionCode} />}
      <input type="hidden" name="version" value={version} />
      {state && !state.ok && <FormMessage state={state} namespace="bomEditor" />}
      <Button type="submit" variant="danger" disabled={pending}>
        {t("delete")}
      </Button>
    </form>
  );
}
