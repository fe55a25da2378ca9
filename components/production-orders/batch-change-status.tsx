"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { batchChangeStatusAction } from "@/lib/actions/change-status";
import type { ActionResult } from "@/lib/actions/run-action";
import { allowedTransitions, isProdOrderStatus, proposedNextStatus, type ProdOrderStatus } from "@/lib/domain/production-order/status";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField } from "@/components/ui/field";
import { StatusBatchResults, type BatchRow } from "@/components/production-orders/status-batch-results";

type Changed = { status: ProdOrderStatus; no: string; oldNo: string };

// ST-1 … ST-4 for the orders ticked in a list (checkboxes named "selected", values = order No.).
// Orders are changed one at a time, each in its own transaction, so the dialog can show progress
// and what happened to every order; one refusal does not undo the others.
export function BatchChangeStatus({ status }: { status: string }) {
  const t = useTranslations("changeStatus");
  const to = useTranslations("orders");
  const tc = useTranslations("common");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const from = isProdOrderStatus(status) ? status : "FINISHED";
  const targets = allowedTransitions(from);
  const [target, setTarget] = useState<ProdOrderStatus>(proposedNextStatus(from) ?? targets[0] ?? from);
  const [confirm, setConfirm] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [rows, setRows] = useState<BatchRow[]>([]);
  const [running, setRunning] = useState(false);
  if (targets.length === 0) return null;

  const open = () => {
    const ticked = [...document.querySelectorAll<HTMLInputElement>('input[name="selected"][data-row-select]:checked')].map((c) => c.value);
    setSelected(ticked);
    setRows([]);
    dialog.current?.showModal();
  };

  const run = async () => {
    setRunning(true);
    const done: BatchRow[] = [];
    for (const no of selected) {
      const r = (await batchChangeStatusAction({ status: from, no, newStatus: target, confirmNoOutput: confirm })) as ActionResult<Changed>;
      done.push(
        r.ok
          ? { no, ok: true, text: t("batch.changed", { oldNo: no, status: to(`status.${r.data.status}`), no: r.data.no }) }
          : {
              no,
              ok: false,
              text: t("batch.failed", {
                no,
                message:
                  r.code === "CONFIRM_NO_OUTPUT" ? t("errors.CONFIRM_NO_OUTPUT", { no, lines: Number(r.params?.count ?? 1) }) : r.message,
              }),
            },
      );
      setRows([...done]);
    }
    setRunning(false);
    router.refresh();
  };

  return (
    <>
      <Button variant="secondary" onClick={open}>
        {t("batch.action")}
      </Button>
      <dialog ref={dialog} aria-labelledby="batch-status-title" className="rounded-lg p-0 backdrop:bg-black/30 m-auto w-full max-w-lg">
        <div className="p-4 space-y-3">
          <h2 id="batch-status-title" className="font-semibold">
            {t("batch.title")}
          </h2>
          <p className="text-sm" data-testid="batch-selected">
            {selected.length ? t("batch.selected", { count: selected.length }) : t("batch.noneSelected")}
          </p>
          <SelectField
            name="batchNewStatus"
            label={t("newStatus")}
            value={target}
            disabled={running}
            onChange={(e) => setTarget(e.target.value as ProdOrderStatus)}
            options={targets.map((s) => ({ value: s, label: to(`status.${s}`) }))}
          />
          {target === "FINISHED" && (
            <CheckboxField
              name="batchConfirmNoOutput"
              label={t("batch.confirmNoOutput")}
              checked={confirm}
              disabled={running}
              onChange={(e) => setConfirm(e.target.checked)}
            />
          )}
          <StatusBatchResults rows={rows} total={selected.length} running={running} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()} disabled={running}>
              {tc("close")}
            </Button>
            <Button type="button" onClick={run} disabled={running || selected.length === 0 || rows.length > 0}>
              {t("batch.run")}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
