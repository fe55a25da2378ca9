"use client";

import { useId, useRef, useState, type ComponentProps, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** The opening button's own attributes (its label, variant, data-* hooks). */
export type ActionDialogOpener = Omit<ComponentProps<typeof Button>, "onClick" | "children"> & {
  [data: `data-${string}`]: string;
};

export type ActionDialogHandle = {
  titleId: string;
  close: () => void;
  /** While held (a run in progress), Escape does not close the dialog. */
  holdOpen: (held: boolean) => void;
};

/**
 * An action (an order card's, the planning worksheet's) as a native <dialog> behind a button:
 * focus moves into it, Tab stays inside, Escape closes it unless the content holds it open, and
 * focus returns to the button that opened it. Every opening starts the form afresh (a new key:
 * its defaults, no last result or progress). `form` renders the dialog's content; it labels the
 * dialog with an element of id `titleId` and may `close` it.
 */
export function ActionDialog({
  label,
  opener: openerProps,
  className,
  form,
}: {
  label: ReactNode;
  opener?: ActionDialogOpener;
  className?: string;
  form: (dialog: ActionDialogHandle) => ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const held = useRef(false);
  const [session, setSession] = useState(0);
  const titleId = useId();
  return (
    <>
      <Button
        variant="secondary"
        {...openerProps}
        onClick={(e) => {
          opener.current = e.currentTarget;
          held.current = false;
          setSession((s) => s + 1);
          dialog.current?.showModal();
        }}
      >
        {label}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onCancel={(e) => held.current && e.preventDefault()}
        onClose={() => opener.current?.focus()}
        className={`rounded-lg p-0 backdrop:bg-black/30 m-auto${className ? ` ${className}` : ""}`}
      >
        <DialogContent
          key={session}
          form={form}
          titleId={titleId}
          close={() => dialog.current?.close()}
          holdOpen={(h) => {
            held.current = h;
          }}
        />
      </dialog>
    </>
  );
}

/** One opening's content (keyed by the opening, so each starts afresh). */
function DialogContent({ form, ...dialog }: ActionDialogHandle & { form: (dialog: ActionDialogHandle) => ReactNode }) {
  return form(dialog);
}
