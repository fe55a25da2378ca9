"use client";

import { useDayFormat } from "@/lib/i18n/use-day-format";
import { useTranslations } from "next-intl";
import { EditableGrid } from "@/components/ui/editable-grid";
import { emptyLine, isOpen, type LineState } from "@/components/admin/no-series/line-state";

/** NS-2: the editable lines of a series; errors arrive as `lines.<index>.<field>`, `lines` for all. */
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
  const code = { maxLength: 20, width: "w-32" };
  return (
    <EditableGrid
      grid="lines"
      caption={t("lines")}
      rows={lines}
      onChange={onChange}
      fieldErrors={fieldErrors}
      newRow={emptyLine}
      rowTestId="series-line"
      columns={[
        { key: "startingDate", label: t("startingDate"), type: "date", width: "w-36" },
        { key: "startingNo", label: t("startingNo"), ...code },
        { key: "endingNo", label: t("endingNo"), ...code },
        { key: "warningNo", label: t("warningNo"), ...code },
        { key: "incrementBy", label: t("incrementByNo"), type: "number", min: 1, width: "w-20" },
        { key: "lastNoUsed", label: t("lastNoUsed"), ...code },
        { key: "lastDateUsed", label: t("lastDateUsed"), display: (line) => fmt.day(line.lastDateUsed) },
        { key: "open", label: t("open"), display: (line) => (isOpen(line) ? t("yes") : t("no")) },
        {
          key: "implementation",
          label: t("implementation"),
          type: "select",
          options: [
            { value: "NORMAL", label: t("implementations.NORMAL") },
            { value: "SEQUENCE", label: t("implementations.SEQUENCE") },
          ],
        },
      ]}
      labels={{
        actions: tc("actions"),
        empty: t("noLines"),
        add: t("addLine"),
        cell: (field, n) => t("lineLabel", { n, field }),
        remove: (n) => t("removeLine", { n }),
      }}
    />
  );
}
