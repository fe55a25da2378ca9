"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { deleteProductionOrderAction } from "@/lib/actions/production-orders";
import type { ActionResult } from "@/lib/actions/run-action";
import { Button } from "@/components/ui/button";

// Delete with a confirmation dialog (native <dialog>: focus is trapped and Escape closes it).
export function DeleteOrderButton({ id, version, no }: { id: number; version: number; no: string }) {
  const t = useTranslations("orders");
  const tc = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, action, pending] = useActionState<ActionResult<unknown> | null, FormData>(deleteProductionOrderAction as never, null);
  return (
    <>
      <Button variant="danger" onClick={() => dialog.current?.showModal()}>
        {t("delete")}
      </Button>
      <dialog ref={dialog} aria-labelledby="delete-title" className="rounded-lg p-0 backdrop:bg-black/30 m-auto">
        <form action={action} className="p-4 space-y-3 max-w-md">
          <h2 id="delete-title" className="font-semibold">
            {t("delete")}
          </h2>
          <p className="text-sm">{t("deleteConfirm", { no })}</p>
          {state && !state.ok && (
            <p role="alert" className="text-sm text-red-700">
              {state.message}
            </p>
          )}
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {tc("cancel")}
            </Button>
            <Button type="submit" variant="danger" disabled={pending} autoFocus>
              {tc("delete")}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
