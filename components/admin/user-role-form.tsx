"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/admin/action-message";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { setUserRoleAction } from "@/lib/actions/users";
import type { ActionResult } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/domain/auth/permissions";

/** One row's role select; the service refuses to demote the last admin. */
export function UserRoleForm({ userId, name, role }: { userId: string; name: string; role: string }) {
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const [state, formAction, pending] = useActionState<ActionResult<{ role: string }> | null, FormData>(setUserRoleAction, null);
  const id = `role-${userId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={id} className="sr-only">
        {t("roleFor", { name })}
      </label>
      <select id={id} name="role" defaultValue={role} className={inputClass} aria-describedby={`${id}-message`}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {tc(`roles.${r}`)}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("change")}
      </Button>
      <div id={`${id}-message`} className="whitespace-normal max-w-md">
        <ActionMessage state={state} namespace="users" />
      </div>
    </form>
  );
}
