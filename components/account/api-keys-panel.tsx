"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage, errorsOf } from "@/components/admin/action-message";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { TextField } from "@/components/ui/field";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/actions/api-keys";
import type { ActionResult } from "@/lib/actions/run-action";
import { API_KEY_NAME_MAX } from "@/lib/validation/api-keys";

export type ApiKeyRow = { id: string; name: string | null; start: string | null; createdAt: string; lastRequest: string | null };

/**
 * A user's REST API keys (issue 26): on their profile page, and on the admin's user card with
 * `userId` naming whose. A new key is shown once, right after it is created; only its hash is kept.
 */
export function ApiKeysPanel({ keys, userId }: { keys: ApiKeyRow[]; userId?: string }) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState<ActionResult<{ key: string; name: string | null }> | null, FormData>(
    createApiKeyAction,
    null,
  );
  return (
    <CardSection title={t("apiKeys")} id="api-keys">
      <p className="mb-3 max-w-prose text-sm text-slate-600">{t("apiKeysIntro")}</p>
      <form
        action={formAction}
        onSubmit={submitWithoutReset(formAction)}
        noValidate
        className="mb-4 flex max-w-xl flex-wrap items-end gap-3"
      >
        {userId ? <input type="hidden" name="userId" value={userId} /> : null}
        <TextField name="name" label={t("apiKeyName")} maxLength={API_KEY_NAME_MAX} errors={errorsOf(state, "name")} required />
        <Button type="submit" disabled={pending}>
          {t("createApiKey")}
        </Button>
        <ActionMessage state={state} namespace="account" savedKey="apiKeyCreated" />
      </form>
      {state?.ok ? (
        <div role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-medium">{t("apiKeyShownOnce")}</p>
          <code data-testid="new-api-key" className="mt-1 block break-all font-mono">
            {state.data.key}
          </code>
        </div>
      ) : null}
      <table className="w-full max-w-3xl text-sm">
        <caption className="sr-only">{t("apiKeys")}</caption>
        <thead>
          <tr className="border-b text-left text-slate-600">
            <th className="py-1 pr-3">{t("apiKeyName")}</th>
            <th className="py-1 pr-3">{t("apiKeyStart")}</th>
            <th className="py-1 pr-3">{t("apiKeyCreatedAt")}</th>
            <th className="py-1 pr-3">{t("apiKeyLastUsed")}</th>
            <th className="py-1" />
          </tr>
        </thead>
        <tbody>
          {keys.length === 0 ? (
            <tr>
              <td colSpan={5} className="py-2 text-slate-500">
                {t("noApiKeys")}
              </td>
            </tr>
          ) : (
            keys.map((k) => (
              <tr key={k.id} className="border-b border-slate-100" data-testid="api-key-row">
                <td className="py-1 pr-3">{k.name}</td>
                <td className="py-1 pr-3 font-mono">{k.start ? `${k.start}…` : ""}</td>
                <td className="py-1 pr-3">{k.createdAt}</td>
                <td className="py-1 pr-3">{k.lastRequest ?? ""}</td>
                <td className="py-1 text-right">
                  <RevokeButton id={k.id} name={k.name ?? ""} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </CardSection>
  );
}

function RevokeButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(revokeApiKeyAction, null);
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={t("revokeApiKeyNamed", { name })}>
        {t("revokeApiKey")}
      </Button>
      {state && !state.ok ? <ActionMessage state={state} namespace="account" /> : null}
    </form>
  );
}
