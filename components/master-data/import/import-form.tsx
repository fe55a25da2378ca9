"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { errorsOf, FormMessage } from "@/components/master-data/bom-editor/form-message";
import { ImportErrors } from "@/components/master-data/import/import-errors";
import { Button } from "@/components/ui/button";
import { FieldShell, fieldA11y, inputClass, SelectField } from "@/components/ui/field";
import { importCsvAction } from "@/lib/actions/master-data/import";
import type { ActionResult } from "@/lib/actions/run-action";
import type { ImportResult } from "@/lib/services/master-data/csv/import-csv";
import { IMPORT_KINDS, MAX_IMPORT_BYTES, utf8Size } from "@/lib/validation/master-data/csv-import";

type State = ActionResult<ImportResult> | null;

/** CSV import: pick a kind, choose a file (read in the browser) or paste, see every row error. */
export function ImportForm() {
  const t = useTranslations("import");
  const [state, formAction, pending] = useActionState<State, FormData>((prev, form) => importCsvAction(prev, form) as Promise<State>, null);
  const [text, setText] = useState("");
  const [tooLarge, setTooLarge] = useState(false);
  const readFile = async (file: File | undefined) => setText(file ? await file.text() : "");
  const result = state?.ok ? state.data : null;
  const submit = submitWithoutReset(formAction);
  // Checked here too: a body over Next's 1 MB would fail before the action could say why.
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const large = utf8Size(text) > MAX_IMPORT_BYTES;
    setTooLarge(large);
    if (large) e.preventDefault();
    else submit(e);
  };
  const textErrors = tooLarge ? [t("tooLarge")] : errorsOf(state, "text");
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3 bg-white p-3 rounded border border-slate-200">
      {state && !state.ok && <FormMessage state={state} namespace="import" />}
      {result && result.errors.length === 0 && (
        <p role="status" className="text-sm font-medium text-green-700" data-testid="import-done">
          {t("written", { count: result.written })}
        </p>
      )}
      {result && result.errors.length > 0 && <ImportErrors errors={result.errors} />}
      <div className="grid grid-cols-1 md:grid-cols-2 gap-3">
        <SelectField
          name="kind"
          label={t("kind")}
          errors={errorsOf(state, "kind")}
          defaultValue="items"
          options={IMPORT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        />
        <FieldShell name="file" label={t("file")}>
          <input
            {...fieldA11y("file")}
            type="file"
            accept=".csv,text/csv,text/plain"
            className={inputClass}
            onChange={(e) => readFile(e.target.files?.[0])}
          />
        </FieldShell>
      </div>
      <FieldShell name="text" label={t("text")} errors={textErrors} hint={t("textHint")}>
        <textarea
          {...fieldA11y("text", textErrors, t("textHint"))}
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          className={`${inputClass} font-mono text-xs`}
          spellCheck={false}
        />
      </FieldShell>
      <Button type="submit" disabled={pending}>
        {pending ? t("importing") : t("import")}
      </Button>
    </form>
  );
}
