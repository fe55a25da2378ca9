"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage, errorsOf } from "@/components/admin/action-message";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { SelectField, TextField } from "@/components/ui/field";
import { createUserAction } from "@/lib/actions/users";
import type { ActionResult } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/domain/auth/permissions";
import { PASSWORD_MAX, PASSWORD_MIN, USER_NAME_MAX } from "@/lib/validation/users";

/** The New User card above the list: name, email, role and an initial password. */
export function CreateUserForm() {
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const [state, formAction, pending] = useActionState<ActionResult<{ id: string; email: string }> | null, FormData>(createUserAction, null);
  const e = (field: string) => errorsOf(state, field);
  // key: after a user is created the inputs start empty for the next one; a refusal keeps them.
  return (
    <CardSection title={t("newUser")} id="new-user">
      <form
        action={formAction}
        onSubmit={submitWithoutReset(formAction)}
        noValidate
        className="space-y-3"
        key={state?.ok ? state.data.id : "new"}
      >
        <div className="grid grid-cols-1 md:grid-cols-4 gap-3">
          <TextField name="name" label={t("name")} maxLength={USER_NAME_MAX} errors={e("name")} required autoComplete="off" />
          <TextField name="email" type="email" label={t("email")} maxLength={255} errors={e("email")} required autoComplete="off" />
          <SelectField
            name="role"
            label={t("role")}
            defaultValue="planner"
            errors={e("role")}
            options={ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
          />
          <TextField
            name="password"
            type="password"
            label={t("password")}
            minLength={PASSWORD_MIN}
            maxLength={PASSWORD_MAX}
            hint={t("passwordHint")}
            errors={e("password")}
            required
            autoComplete="new-password"
          />
        </div>
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={pending}>
            {t("create")}
          </Button>
          <ActionMessage state={state} namespace="users" savedKey="created" />
        </div>
      </form>
    </CardSection>
  );
}
