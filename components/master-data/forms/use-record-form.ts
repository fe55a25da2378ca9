"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import type { ActionResult } from "@/lib/actions/run-action";

type Action<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;

/**
 * A card form's state: the action's last result, and on success a move to the record's card
 * (built from what the action returned), where the saved values are read back.
 */
export function useRecordForm<T>(action: Action<T>, hrefAfterSave: (data: T) => string) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  useEffect(() => {
    if (state?.ok) router.push(hrefAfterSave(state.data));
    // hrefAfterSave is a fresh closure each render; the result is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, router]);
  return { state, formAction, pending };
}
