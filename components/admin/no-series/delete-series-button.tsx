"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ActionMessage } from "@/components/admin/action-message";
import { Button } from "@/components/ui/button";
import { deleteNoSeriesAction } from "@/lib/actions/no-series";
import type { ActionResult } from "@/lib/actions/run-action";

/** Deletes the series after a confirmation; the service refuses series that setup uses. */
export function DeleteSeriesButton({ code, version }: { code: string; version: number }) {
  const t = useTranslations("noSeries");
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult<{ code: string }> | null, FormData>(deleteNoSeriesAction, null);
  useEffect(() => {
    if (state?.ok) router.push("/admin/number-series");
  }, [state, router]);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(t("confirmDelete", { code }))) e.preventDefault();
      }}
      className="flex items-center gap-2"
    >
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="version" value={version} />
      {state && !state.ok && <ActionMessage state={state} namespace="noSeries" />}
      <Button type="submit" variant="danger" disabled={pending}>
        {t("delete")}
      </Button>
    </form>
  );
}
