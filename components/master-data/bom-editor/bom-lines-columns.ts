import type { GridRow } from "@/components/master-data/bom-editor/grid-rows";
import type { EditableColumn } from "@/components/ui/editable-grid";

type T = (key: string) => string;

/** The BOM line columns as BC shows them (Production BOM Lines). */
export function bomLineColumns(t: T): EditableColumn<GridRow>[] {
  return [
    {
      key: "type",
      label: t("type"),
      type: "select",
      width: "w-36",
      options: [
        { value: "ITEM", label: t("lineType.ITEM") },
        { value: "PRODUCTION_BOM", label: t("lineType.PRODUCTION_BOM") },
      ],
    },
    { key: "no", label: t("no"), maxLength: 20, width: "w-28" },
    { key: "description", label: t("description"), maxLength: 100, width: "w-44" },
    { key: "quantityPer", label: t("quantityPer"), type: "decimal", width: "w-24" },
    { key: "unitOfMeasureCode", label: t("unitOfMeasureCode"), maxLength: 10, width: "w-20" },
    { key: "scrapPercent", label: t("scrapPercent"), type: "decimal", width: "w-20" },
    { key: "routingLinkCode", label: t("routingLinkCode"), maxLength: 10, width: "w-20" },
    { key: "startingDate", label: t("startingDate"), type: "date", width: "w-36" },
    { key: "endingDate", label: t("endingDate"), type: "date", width: "w-36" },
    {
      key: "calculationFormula",
      label: t("calculationFormula"),
      type: "select",
      width: "w-36",
      options: [
        { value: "NONE", label: "" },
        { value: "FIXED_QUANTITY", label: t("formula.FIXED_QUANTITY") },
      ],
    },
  ];
}
