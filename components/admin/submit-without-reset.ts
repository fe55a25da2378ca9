import { startTransition, type FormEvent } from "react";

// React 19 resets a <form action={fn}> after every submission, so a refused save would wipe
// what the user typed while showing the errors beside it. Submitting from onSubmit keeps the
// inputs; the action attribute stays for a submit before hydration.
export function submitWithoutReset(formAction: (form: FormData) => void) {
  return (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(() => formAction(form));
  };
}
