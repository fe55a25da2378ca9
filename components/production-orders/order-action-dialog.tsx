"use client";

import { useId, useRef, useState, type ComponentProps, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** The opening button's own attributes (its label, data-* hooks). */
export type OrderActionOpener = Omit<ComponentProps<typeof Button>, "onClick" | "children" | "variant"> & {
  [data: `data-${string}`]: string;
};

type DialogHandle = { titleId: string; close: () => void };

/**
 * An order card's action as a native <dialog> behind a button: focus moves into it, Tab stays
 * inside, Escape closes it, and focus returns to the button that opened it. Every opening
 * starts the form afresh (a new key: its defaults, no last result). `form` renders the dialog's
 * content; it labels the dialog with an element of id `titleId` and may `close` it.
 */
export function OrderActionDialog({
  label,
  opener: openerProps,
  className,
  form,
}: {
  label: ReactNode;
  opener?: OrderActionOpener;
  className?: string;
  form: (dialog: DialogHandle) => ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [session, setSession] = useState(0);
  const titleId = useId();
  return (
    <>
      <Button
        {...openerProps}
        variant="secondary"
        onClick={(e) => {
          opener.current = e.currentTarget;
          setSession((s) => s + 1);
          dialog.current?.showModal();
        }}
      >
        {label}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => opener.current?.focus()}
        className={`rounded-lg p-0 backdrop:bg-black/30 m-auto${className ? ` ${className}` : ""}`}
      >
        <DialogContent key={session} form={form} titleId={titleId} close={() => dialog.current?.close()} />
      </dialog>
    </>
  );
}

/** One opening's content (keyed by the opening, so each starts afresh). */
function DialogContent({ form, ...dialog }: DialogHandle & { form: (dialog: DialogHandle) => ReactNode }) {
  return form(dialog);
}
