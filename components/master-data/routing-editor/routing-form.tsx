"use client";

import { useTranslations } from "next-intl";
import { emptyRoutingRow, type GridRow } from "@/components/master-data/bom-editor/grid-rows";
import { LinesForm, type LinesFormValues } from "@/components/master-data/bom-editor/lines-form";
import type { EditableColumn } from "@/components/ui/editable-grid";

export type RoutingFormValues = LinesFormValues;

/** The routing editor: header (or version) fields and the operations grid. */
export function RoutingForm({ values, versionOf }: { values: RoutingFormValues; versionOf?: string }) {
  const t = useTranslations("routings");
  const columns: EditableColumn<GridRow>[] = [
    { key: "operationNo", label: t("operationNo"), maxLength: 10, width: "w-20" },
    {
      key: "type",
      label: t("type"),
      type: "select",
      width: "w-36",
      options: [
        { value: "WORK_CENTER", label: t("lineType.WORK_CENTER") },
        { value: "MACHINE_CENTER", label: t("lineType.MACHINE_CENTER") },
      ],
    },
    { key: "no", label: t("no"), maxLength: 20, width: "w-24" },
    { key: "description", label: t("description"), maxLength: 100, width: "w-44" },
    { key: "setupTime", label: t("setupTime"), type: "decimal", width: "w-20" },
    { key: "runTime", label: t("runTime"), type: "decimal", width: "w-20" },
    { key: "waitTime", label: t("waitTime"), type: "decimal", width: "w-20" },
    { key: "moveTime", label: t("moveTime"), type: "decimal", width: "w-20" },
    { key: "routingLinkCode", label: t("routingLinkCode"), maxLength: 10, width: "w-20" },
    { key: "sendAheadQuantity", label: t("sendAheadQuantity"), type: "decimal", width: "w-20" },
  ];
  return (
    <LinesForm
      kind="routing"
      values={values}
      versionOf={versionOf}
      headerClass="md:grid-cols-3"
      linesTitle={t("operations")}
      columns={columns}
      // BC proposes the next Operation No. in steps of 10.
      emptyRow={(rows) => emptyRoutingRow(String((rows.length + 1) * 10))}
      linesBefore={<p className="text-xs text-slate-500 mb-1">{t("timesInMinutes")}</p>}
    />
  );
}
