"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/run-action";

// The outcome of a save or delete above the form: "Saved", or the service's message (already in
// the user's language where the error catalog knows it).
export function FormMessage({ state }: { state: ActionResult<unknown> | null }) {
  const t = useTranslations("masterDataForms");
  if (!state) return <p role="status" aria-live="polite" className="min-h-5" />;
  if (state.ok)
    return (
      <p role="status" aria-live="polite" className="min-h-5 text-sm font-medium text-green-700" data-testid="saved">
        {t("saved")}
      </p>
    );
  return (
    <p role="alert" className="min-h-5 text-sm font-medium text-red-700" data-testid="form-error">
      {state.message}
    </p>
  );
}

export function errorsOf(state: ActionResult<unknown> | null, field: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors[field] : undefined;
}

export function fieldErrorsOf(state: ActionResult<unknown> | null): Record<string, string[]> {
  return state && !state.ok ? state.fieldErrors : {};
}
