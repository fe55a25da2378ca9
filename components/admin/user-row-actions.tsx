"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage, errorsOf } from "@/components/admin/action-message";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { disableUserAction, enableUserAction, resetUserPasswordAction } from "@/lib/actions/users";
import type { ActionResult } from "@/lib/actions/run-action";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/users";

type Result = ActionResult<unknown> | null;

/** Disable or enable one user (the service refuses oneself and the last admin). */
export function UserStateForm({ userId, name, disabled }: { userId: string; name: string; disabled: boolean }) {
  const t = useTranslations("users");
  const [state, formAction, pending] = useActionState<Result, FormData>(disabled ? enableUserAction : disableUserAction, null);
  const id = `state-${userId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <Button
        type="submit"
        variant={disabled ? "secondary" : "danger"}
        disabled={pending}
        aria-label={t(disabled ? "enableUser" : "disableUser", { name })}
        aria-describedby={`${id}-message`}
      >
        {t(disabled ? "enable" : "disable")}
      </Button>
      <div id={`${id}-message`} className="whitespace-normal max-w-xs">
        <ActionMessage state={state} namespace="users" savedKey={disabled ? "disabledDone" : "enabledDone"} />
      </div>
    </form>
  );
}

/** A new password for one user; all their sessions end. Folded away until asked for. */
export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("users");
  const [state, formAction, pending] = useActionState<Result, FormData>(resetUserPasswordAction, null);
  const id = `reset-${userId}`;
  const errors = errorsOf(state, "password");
  return (
    <details className="whitespace-normal">
      <summary className="cursor-pointer text-sm text-blue-700">
        {t("resetPassword")}
        <span className="sr-only">: {name}</span>
      </summary>
      <form
        action={formAction}
        onSubmit={submitWithoutReset(formAction)}
        noValidate
        className="mt-2 flex flex-wrap items-start gap-2"
        key={state?.ok ? "done" : "open"}
      >
        <input type="hidden" name="userId" value={userId} />
        <label htmlFor={`${id}-password`} className="sr-only">
          {t("resetPasswordFor", { name })}
        </label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="new-password"
          placeholder={t("newPassword")}
          minLength={PASSWORD_MIN}
          maxLength={PASSWORD_MAX}
          required
          className={inputClass}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={`${id}-message ${id}-hint`}
        />
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("reset")}
        </Button>
        <p id={`${id}-hint`} className="basis-full text-xs text-slate-500">
          {t("resetHint")}
        </p>
        <div id={`${id}-message`} className="basis-full max-w-md">
          {errors?.length ? (
            <p role="alert" className="text-sm text-red-700">
              {errors.join(" ")}
            </p>
          ) : (
            <ActionMessage state={state} namespace="users" savedKey="resetDone" />
          )}
        </div>
      </form>
    </details>
  );
}
