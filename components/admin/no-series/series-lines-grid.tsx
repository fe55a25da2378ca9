"use client";

import { DateInput } from "@/components/ui/date-input";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { emptyLine, isOpen, type LineState } from "@/components/admin/no-series/line-state";

type TextKey = "startingNo" | "endingNo" | "warningNo" | "incrementBy" | "lastNoUsed";
const COLUMNS: { key: TextKey | "startingDate"; label: string; type?: string; width: string }[] = [
  { key: "startingDate", label: "startingDate", type: "date", width: "w-36" },
  { key: "startingNo", label: "startingNo", width: "w-32" },
  { key: "endingNo", label: "endingNo", width: "w-32" },
  { key: "warningNo", label: "warningNo", width: "w-32" },
  { key: "incrementBy", label: "incrementByNo", type: "number", width: "w-20" },
  { key: "lastNoUsed", label: "lastNoUsed", width: "w-32" },
];

/** NS-2: the editable lines of a series; errors arrive as `lines.<index>.<field>`. */
export function SeriesLinesGrid({
  lines,
  onChange,
  fieldErrors,
}: {
  lines: LineState[];
  onChange: (lines: LineState[]) => void;
  fieldErrors: Record<string, string[]>;
}) {
  const t = useTranslations("noSeries");
  const tc = useTranslations("common");
  const fmt = useDayFormat();
  const set = (i: number, patch: Partial<LineState>) => onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const errorCell = (i: number, field: string) => {
    const errors = fieldErrors[`lines.${i}.${field}`];
    return (
      <p
        id={`line-${i}-${field}-error`}
        aria-live="polite"
        className="text-xs text-red-700 max-w-48 whitespace-normal"
        data-field-error={`lines.${i}.${field}`}
      >
        {errors?.join(" ")}
      </p>
    );
  };
  return (
    <div className="space-y-2">
      <div className="relative overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("lines")}</caption>
          <thead className="bg-slate-50 text-left">
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" className="px-2 py-1 font-medium text-slate-700 whitespace-nowrap">
                  {t(c.label)}
                </th>
              ))}
              <th scope="col" className="px-2 py-1 font-medium text-slate-700 whitespace-nowrap">
                {t("lastDateUsed")}
              </th>
              <th scope="col" className="px-2 py-1 font-medium text-slate-700 whitespace-nowrap">
                {t("open")}
              </th>
              <th scope="col" className="px-2 py-1 font-medium text-slate-700 whitespace-nowrap">
                {t("implementation")}
              </th>
              <th scope="col">
                <span className="sr-only">{tc("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.length === 0 && (
              <tr>
                <td colSpan={COLUMNS.length + 4} className="px-2 py-3 text-slate-500">
                  {t("noLines")}
                </td>
              </tr>
            )}
            {lines.map((line, i) => (
              <tr key={line.key} className="border-t border-slate-100 align-top" data-testid="series-line">
                {COLUMNS.map((c) => {
                  const invalid = !!fieldErrors[`lines.${i}.${c.key}`];
                  return (
                    <td key={c.key} className="px-1 py-1">
                      {c.type === "date" ? (
                        <DateInput
                          value={line[c.key] as string}
                          onChange={(e) => set(i, { [c.key]: e.target.value })}
                          aria-label={t("lineLabel", { n: i + 1, field: t(c.label) })}
                          aria-invalid={invalid || undefined}
                          aria-describedby={`line-${i}-${c.key}-error`}
                          className={`${inputClass} ${c.width}`}
                        />
                      ) : (
                        <input
                          type={c.type ?? "text"}
                          min={c.type === "number" ? 1 : undefined}
                          maxLength={c.type ? undefined : 20}
                          value={line[c.key]}
                          onChange={(e) => set(i, { [c.key]: e.target.value })}
                          aria-label={t("lineLabel", { n: i + 1, field: t(c.label) })}
                          aria-invalid={invalid || undefined}
                          aria-describedby={`line-${i}-${c.key}-error`}
                          className={`${inputClass} ${c.width}`}
                        />
                      )}
                      {errorCell(i, c.key)}
                    </td>
                  );
                })}
                <td className="px-2 py-2 whitespace-nowrap">{fmt.day(line.lastDateUsed)}</td>
                <td className="px-2 py-2">{isOpen(line) ? t("yes") : t("no")}</td>
                <td className="px-1 py-1">
                  <select
                    value={line.implementation}
                    onChange={(e) => set(i, { implementation: e.target.value === "SEQUENCE" ? "SEQUENCE" : "NORMAL" })}
                    aria-label={t("lineLabel", { n: i + 1, field: t("implementation") })}
                    aria-describedby={`line-${i}-implementation-error`}
                    className={inputClass}
                  >
                    <option value="NORMAL">{t("implementations.NORMAL")}</option>
                    <option value="SEQUENCE">{t("implementations.SEQUENCE")}</option>
                  </select>
                  {errorCell(i, "implementation")}
                </td>
                <td className="px-1 py-1">
                  <Button
                    type="button"
                    variant="ghost"
                    onClick={() => onChange(lines.filter((_, j) => j !== i))}
                    aria-label={t("removeLine", { n: i + 1 })}
                  >
                    ✕
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button type="button" variant="secondary" onClick={() => onChange([...lines, emptyLine()])}>
        {t("addLine")}
      </Button>
      <p className="text-xs text-slate-500">{t("paddingHint")}</p>
    </div>
  );
}
