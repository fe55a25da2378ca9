"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/run-action";

// The outcome of a save above the form: "Saved", or the error in the user's language when the
// namespace has a translation for its code (the service's English message otherwise).
export function ActionMessage({
  state,
  namespace,
  savedKey = "saved",
}: {
  state: ActionResult<unknown> | null;
  namespace: "noSeries" | "setup" | "users" | "account";
  savedKey?: string;
}) {
  const t = useTranslations(namespace);
  if (!state) return <p role="status" aria-live="polite" className="min-h-5" />;
  if (state.ok) {
    return (
      <p role="status" aria-live="polite" className="min-h-5 text-sm font-medium text-green-700" data-testid="saved">
        {t(savedKey)}
      </p>
    );
  }
  const key = `errors.${state.code}`;
  const text = t.has(key) ? t(key, state.params ?? {}) : state.message;
  return (
    <p role="alert" className="min-h-5 text-sm font-medium text-red-700" data-testid="form-error">
      {text}
    </p>
  );
}

/** The errors of one field of a failed result. */
export function errorsOf(state: ActionResult<unknown> | null, field: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors[field] : undefined;
}
