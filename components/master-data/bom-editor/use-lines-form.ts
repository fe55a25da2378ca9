"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import { gridFieldErrors, type GridRow } from "@/components/master-data/bom-editor/grid-rows";

export type LinesFormState = ActionResult<{ no: string; versionCode?: string | null }> | null;
type Save = (prev: LinesFormState, form: FormData) => Promise<unknown>;

/**
 * The state of a header-and-lines editor (production BOM, routing): which save action applies
 * (a new record, a change, or a version of `versionOf`), the lines being edited, and on success
 * the way to the saved record's card (`cardPath/<no>`, at its version when one was saved).
 */
export function useLinesForm({
  isNew,
  versionOf,
  lines,
  cardPath,
  create,
  update,
  saveVersion,
}: {
  isNew: boolean;
  versionOf?: string;
  lines: GridRow[];
  cardPath: string;
  create: Save;
  update: Save;
  saveVersion: Save;
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<LinesFormState, FormData>((prev, form) => {
    const save = versionOf ? saveVersion : isNew ? create : update;
    return save(prev, form) as Promise<LinesFormState>;
  }, null);
  const [rows, setRows] = useState<GridRow[]>(lines);
  useEffect(() => {
    if (!state?.ok) return;
    const card = `${cardPath}/${encodeURIComponent(state.data.no)}`;
    router.push(state.data.versionCode ? `${card}#version-${state.data.versionCode}` : card);
    router.refresh();
  }, [state, router, cardPath]);
  const fieldErrors = state && !state.ok ? gridFieldErrors(state.fieldErrors, rows) : {};
  return { state, formAction, pending, rows, setRows, fieldErrors, fixedClass: isNew ? "" : "bg-slate-100" };
}
