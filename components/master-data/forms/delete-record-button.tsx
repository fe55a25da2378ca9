"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/run-action";

/**
 * Delete on a card, after a confirmation. The service refuses records others refer to; its
 * message (naming the referrers) is shown beside the button. The result is awaited here rather
 * than through useActionState: after a delete the card re-renders as "not found" and unmounts
 * this button, so an effect would never get to navigate to the list.
 */
export function DeleteRecordButton({
  action,
  fields,
  name,
  listHref,
}: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<unknown>>;
  fields: Record<string, string | number>;
  name: string;
  listHref: string;
}) {
  const t = useTranslations("masterDataForms");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!window.confirm(t("confirmDelete", { name }))) return;
    const form = new FormData(e.currentTarget);
    startTransition(async () => {
      const result = await action(null, form);
      if (result.ok) router.push(listHref);
      else setError(result.message);
    });
  };
  return (
    <form onSubmit={onSubmit} className="flex items-center gap-2">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {error && (
        <p role="alert" className="max-w-xl text-sm font-medium text-red-700" data-testid="delete-error">
          {error}
        </p>
      )}
      <Button type="submit" variant="danger" disabled={pending}>
        {t("delete")}
      </Button>
    </form>
  );
}
