"use client";

import { useActionState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { recordOutputAction } from "@/lib/actions/output";
import type { ActionResult } from "@/lib/actions/run-action";
import type { RecordedOutput } from "@/lib/services/production-orders/record-output";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ActionDialog } from "@/components/ui/action-dialog";

type Props = { id: number; version: number; lineNo: number; itemNo: string };

// Record Output for one line: the Output Quantity, posted in one transaction with the version
// the card was read at, in the card's action dialog (ActionDialog).
export function RecordOutputDialog(props: Props) {
  const t = useTranslations("orders");
  return (
    <ActionDialog
      label={t("output.record")}
      opener={{ "aria-label": t("output.dialogTitle", { lineNo: props.lineNo }) }}
      className="w-full max-w-sm"
      form={({ titleId, close }) => <OutputForm {...props} titleId={titleId} close={close} />}
    />
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
