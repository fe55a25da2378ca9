"use client";

import { useActionState, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { recordOutputAction } from "@/lib/actions/output";
import type { ActionResult } from "@/lib/actions/run-action";
import type { RecordedOutput } from "@/lib/services/production-orders/record-output";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

type Props = { id: number; version: number; lineNo: number; itemNo: string };

// Record Output for one line: the Output Quantity, posted in one transaction with the version
// the card was read at. A native <dialog>: focus moves in, Escape closes, focus returns.
export function RecordOutputDialog(props: Props) {
  const t = useTranslations("orders");
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [session, setSession] = useState(0);
  const titleId = useId();
  return (
    <>
      <Button
        variant="secondary"
        aria-label={t("output.dialogTitle", { lineNo: props.lineNo })}
        onClick={(e) => {
          opener.current = e.currentTarget;
          setSession((s) => s + 1);
          dialog.current?.showModal();
        }}
      >
        {t("output.record")}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => opener.current?.focus()}
        className="rounded-lg p-0 backdrop:bg-black/30 m-auto w-full max-w-sm"
      >
        <OutputForm key={session} {...props} titleId={titleId} close={() => dialog.current?.close()} />
      </dialog>
    </>
  );
}

function OutputForm({ id, version, lineNo, itemNo, titleId, close }: Props & { titleId: string; close: () => void }) {
  const t = useTranslations("orders");
  const tc = useTranslations("common");
  const router = useRouter();
  const [state, action, pending] = useActionState<ActionResult<RecordedOutput> | null, FormData>(async (prev, fd) => {
    const r = (await recordOutputAction(prev, fd)) as ActionResult<RecordedOutput>;
    if (r.ok) {
      close();
      router.refresh();
    }
    return r;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="p-4 space-y-3" noValidate>
      <h2 id={titleId} className="font-semibold">
        {t("output.dialogTitle", { lineNo })}
      </h2>
      <p className="text-sm text-slate-600">{itemNo}</p>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="lineNo" value={lineNo} />
      <TextField
        name="outputQuantity"
        label={t("output.outputQuantity")}
        inputMode="decimal"
        errors={errors.outputQuantity}
        hint={t("output.outputHint")}
        autoFocus
      />
      {state && !state.ok && !errors.outputQuantity && (
        <p role="alert" className="rounded bg-red-50 border border-red-200 px-3 py-2 text-sm text-red-800">
          {state.message}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={close}>
          {tc("cancel")}
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? t("output.posting") : t("output.post")}
        </Button>
      </div>
    </form>
  );
}
