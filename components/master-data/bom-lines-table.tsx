import { getTranslations } from "next-intl/server";
import { LinesTable } from "@/components/ui/card-section";
import { masterDataHref, RecordLink } from "@/components/master-data/record-link";
import type { ProductionBomLineView } from "@/lib/data/production-boms";
import { getFormat } from "@/lib/i18n/format";

// The lines of a production BOM or of one of its versions. Item lines open the item card,
// phantom (Production BOM) lines open the BOM they explode into.
export async function BomLinesTable({ caption, lines }: { caption: string; lines: ProductionBomLineView[] }) {
  const t = await getTranslations("productionBoms");
  const tc = await getTranslations("common");
  const f = await getFormat();
  return (
    <LinesTable
      caption={caption}
      empty={tc("noRecords")}
      columns={[
        { key: "type", label: t("type") },
        { key: "no", label: t("no") },
        { key: "description", label: t("description") },
        { key: "quantityPer", label: t("quantityPer"), align: "right" },
        { key: "uom", label: t("unitOfMeasureCode") },
        { key: "scrap", label: t("scrapPercent"), align: "right" },
        { key: "link", label: t("routingLinkCode") },
        { key: "starting", label: t("startingDate") },
        { key: "ending", label: t("endingDate") },
        { key: "formula", label: t("calculationFormula") },
      ]}
      rows={lines.map((l) => ({
        key: String(l.id),
        cells: {
          type: t(`lineType.${l.type}`),
          no: <RecordLink href={l.type === "ITEM" ? masterDataHref.item(l.no) : masterDataHref.productionBom(l.no)}>{l.no}</RecordLink>,
          description: l.description,
          quantityPer: f.number(l.quantityPer, 5),
          uom: l.unitOfMeasureCode,
          scrap: f.number(l.scrapPercent),
          link: l.routingLinkCode,
          starting: f.date(l.startingDate),
          ending: f.date(l.endingDate),
          formula: t(`formula.${l.calculationFormula}`),
        },
      }))}
    />
  );
}
