"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInAction, type SignInState } from "@/lib/actions/auth";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const error = state.error ? (state.error === "unexpected" ? t("invalid") : t(state.error)) : undefined;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      <TextField name="email" type="email" label={t("email")} autoComplete="username" defaultValue={state.email} required autoFocus />
      <TextField name="password" type="password" label={t("password")} autoComplete="current-password" required />
      <p role="alert" aria-live="polite" className="text-sm text-red-700 min-h-5">
        {error}
      </p>
      <Button type="submit" disabled={pending} className="w-full">
        {t("submit")}
      </Button>
    </form>
  );
}
