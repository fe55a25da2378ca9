"use client";

import { useTranslations } from "next-intl";
import { bomLineColumns } from "@/components/master-data/bom-editor/bom-lines-columns";
import { emptyBomRow } from "@/components/master-data/bom-editor/grid-rows";
import { LinesForm, type LinesFormValues } from "@/components/master-data/bom-editor/lines-form";

export type BomFormValues = LinesFormValues & { unitOfMeasureCode: string };

/**
 * The Production BOM editor: header (or version) fields and the lines grid. `versionOf` set =
 * a version of that BOM. Saving a Certified record is refused by the service with its message.
 */
export function BomForm({ values, versionOf }: { values: BomFormValues; versionOf?: string }) {
  const t = useTranslations("productionBoms");
  const te = useTranslations("bomEditor");
  return (
    <LinesForm
      kind="bom"
      values={values}
      versionOf={versionOf}
      headerClass="md:grid-cols-2 lg:grid-cols-4"
      extraFields={[
        { name: "unitOfMeasureCode", label: t("unitOfMeasureCode"), defaultValue: values.unitOfMeasureCode, maxLength: 10, required: true },
      ]}
      statusUnderGeneral
      linesTitle={t("lines")}
      columns={bomLineColumns(t)}
      emptyRow={emptyBomRow}
      linesAfter={<p className="mt-1 text-xs text-slate-500">{te("linesHint")}</p>}
    />
  );
}
