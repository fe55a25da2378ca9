"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { ActionMessage, errorsOf } from "@/components/admin/action-message";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { emptyLine, linesJson, toLineState } from "@/components/admin/no-series/line-state";
import { SeriesLinesGrid } from "@/components/admin/no-series/series-lines-grid";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { CheckboxField, TextField } from "@/components/ui/field";
import { createNoSeriesAction, updateNoSeriesAction } from "@/lib/actions/no-series";
import type { ActionResult } from "@/lib/actions/run-action";
import type { NoSeriesCard } from "@/lib/data/no-series";
import { setSeriesFlag, type SeriesFlag } from "@/lib/domain/number-series/series-flags";

type State = ActionResult<{ code: string; version?: number }> | null;

/** The No. Series card: the series (NS-1) and its lines (NS-2). `series` null = a new series. */
export function NoSeriesForm({ series, justSaved = false }: { series: NoSeriesCard | null; justSaved?: boolean }) {
  const t = useTranslations("noSeries");
  const router = useRouter();
  const [state, formAction, pending] = useActionState<State, FormData>(
    (prev, form) => (series ? updateNoSeriesAction(prev, form) : createNoSeriesAction(prev, form)),
    justSaved ? { ok: true, data: { code: series?.code ?? "" } } : null,
  );
  const [flags, setFlags] = useState({ defaultNos: series?.defaultNos ?? true, manualNos: series?.manualNos ?? false });
  const [lines, setLines] = useState(() => (series ? toLineState(series.lines) : [emptyLine()]));
  // After a save the page re-renders with the stored (padded) values and a new version: show them.
  const [shownVersion, setShownVersion] = useState(series?.version);
  if (series && series.version !== shownVersion) {
    setShownVersion(series.version);
    setLines(toLineState(series.lines));
    setFlags({ defaultNos: series.defaultNos, manualNos: series.manualNos });
  }
  useEffect(() => {
    if (!series && state?.ok) router.push(`/admin/number-series/${encodeURIComponent(state.data.code)}?saved=1`);
  }, [series, state, router]);

  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  const flag = (name: SeriesFlag) => ({
    checked: flags[name],
    // NS-1: clearing one of the two sets the other (the same rule the service checks).
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setFlags(setSeriesFlag(flags, name, e.target.checked)),
  });
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-3">
      <ActionMessage state={state} namespace="noSeries" />
      {series && <input type="hidden" name="version" value={series.version} />}
      <input type="hidden" name="lines" value={linesJson(lines)} />
      <CardSection title={t("card")} id="general">
        <div className="grid grid-cols-1 md:grid-cols-2 lg:grid-cols-3 gap-3">
          <TextField
            name="code"
            label={t("code")}
            defaultValue={series?.code ?? ""}
            readOnly={!!series}
            maxLength={20}
            required
            errors={errorsOf(state, "code")}
            hint={series ? t("codeHint") : undefined}
            className={series ? "bg-slate-100" : ""}
          />
          <TextField
            name="description"
            label={t("description")}
            defaultValue={series?.description ?? ""}
            maxLength={100}
            errors={errorsOf(state, "description")}
          />
          <div className="flex flex-col gap-1 pt-5">
            <CheckboxField name="defaultNos" label={t("defaultNos")} errors={errorsOf(state, "defaultNos")} {...flag("defaultNos")} />
            <CheckboxField name="manualNos" label={t("manualNos")} errors={errorsOf(state, "manualNos")} {...flag("manualNos")} />
            <CheckboxField
              name="dateOrder"
              label={t("dateOrder")}
              errors={errorsOf(state, "dateOrder")}
              defaultChecked={series?.dateOrder ?? false}
            />
            <p className="text-xs text-slate-500">{t("flagsHint")}</p>
          </div>
        </div>
        {series && (
          <p className="mt-2 text-sm text-slate-700">
            {t("nextNo")}:{" "}
            <span className="font-medium" data-testid="next-no">
              {series.nextNo}
            </span>
          </p>
        )}
      </CardSection>
      <CardSection title={t("lines")} id="lines">
        <SeriesLinesGrid lines={lines} onChange={setLines} fieldErrors={fieldErrors} />
        <p className="mt-2 text-xs text-slate-500">{t("paddingHint")}</p>
      </CardSection>
      {errorsOf(state, "_form") && (
        <p role="alert" className="text-sm text-red-700">
          {errorsOf(state, "_form")?.join(" ")}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
