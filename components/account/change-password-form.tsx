"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage, errorsOf } from "@/components/admin/action-message";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { TextField } from "@/components/ui/field";
import { changeOwnPasswordAction } from "@/lib/actions/account";
import type { ActionResult } from "@/lib/actions/run-action";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/users";

/** Business Central's Change Password dialog: the current password, then the new one twice. */
export function ChangePasswordForm() {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(changeOwnPasswordAction, null);
  const e = (field: string) => errorsOf(state, field);
  return (
    <CardSection title={t("changePassword")} id="change-password">
      <form
        action={formAction}
        onSubmit={submitWithoutReset(formAction)}
        noValidate
        className="space-y-3 max-w-sm"
        key={state?.ok ? "changed" : "form"}
      >
        <TextField
          name="currentPassword"
          type="password"
          label={t("currentPassword")}
          autoComplete="current-password"
          maxLength={PASSWORD_MAX}
          errors={e("currentPassword")}
          required
        />
        <TextField
          name="newPassword"
          type="password"
          label={t("newPassword")}
          autoComplete="new-password"
          minLength={PASSWORD_MIN}
          maxLength={PASSWORD_MAX}
          hint={t("passwordHint")}
          errors={e("newPassword")}
          required
        />
        <TextField
          name="confirmPassword"
          type="password"
          label={t("confirmPassword")}
          autoComplete="new-password"
          maxLength={PASSWORD_MAX}
          errors={e("confirmPassword")}
          required
        />
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={pending}>
            {t("changePassword")}
          </Button>
          <ActionMessage state={state} namespace="account" />
        </div>
      </form>
    </CardSection>
  );
}
