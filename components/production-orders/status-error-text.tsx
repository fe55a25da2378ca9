"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/run-action";

// The status-change refusals this feature words itself (with plural and the user's language);
// anything else is the action's message, already localized by runAction.
export function StatusErrorText({ result, no, from, to }: { result: ActionResult<unknown>; no: string; from: string; to: string }) {
  const t = useTranslations("changeStatus");
  if (result.ok) return null;
  if (result.code === "CONFIRM_NO_OUTPUT") return <>{t("errors.CONFIRM_NO_OUTPUT", { no, lines: Number(result.params?.count ?? 1) })}</>;
  if (result.code === "STATUS_NOT_ALLOWED") return <>{t("errors.STATUS_NOT_ALLOWED", { no, from, to })}</>;
  return <>{result.message}</>;
}
