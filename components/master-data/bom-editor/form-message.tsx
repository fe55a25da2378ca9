"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/run-action";

type Namespace = "bomEditor" | "routingEditor" | "import";

// The outcome of a save above the form: "Saved" or the error message of the refusal.
export function FormMessage({
  state,
  namespace,
  savedText,
}: {
  state: ActionResult<unknown> | null;
  namespace: Namespace;
  savedText?: string;
}) {
  const t = useTranslations(namespace);
  if (!state) return <p role="status" aria-live="polite" className="min-h-5" />;
  if (state.ok)
    return (
      <p role="status" aria-live="polite" className="min-h-5 text-sm font-medium text-green-700" data-testid="saved">
        {savedText ?? t("saved")}
      </p>
    );
  // Services speak the spec's English; runAction has already re-spoken it where a translation exists.
  const text = state.message;
  return (
    <p role="alert" className="min-h-5 text-sm font-medium text-red-700 whitespace-pre-wrap" data-testid="form-error">
      {text}
    </p>
  );
}

export function errorsOf(state: ActionResult<unknown> | null, field: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors[field] : undefined;
}
