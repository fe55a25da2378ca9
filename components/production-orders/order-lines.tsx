import { getTranslations } from "next-intl/server";
import { CardSection, LinesTable } from "@/components/ui/card-section";
import { getFormat } from "@/lib/i18n/format";
import type { getProductionOrder } from "@/lib/data/production-orders";

type Order = NonNullable<Awaited<ReturnType<typeof getProductionOrder>>>;

// Lines, each line's components and its routing lines: empty sections until a refresh fills them.
export async function OrderLines({ order }: { order: Order }) {
  const t = await getTranslations("orders");
  const f = await getFormat();
  const lineNoById = new Map(order.lines.map((l) => [l.id, l.lineNo]));
  return (
    <>
      <CardSection title={t("lines")} id="lines">
        <LinesTable caption={t("lines")} empty={t("noLines")}
          columns={[
            { key: "lineNo", label: t("line.lineNo") }, { key: "itemNo", label: t("line.itemNo") }, { key: "variant", label: t("variantCode") },
            { key: "description", label: t("description") }, { key: "level", label: t("line.planningLevel"), align: "right" },
            { key: "quantity", label: t("quantity"), align: "right" }, { key: "uom", label: t("line.unitOfMeasure") },
            { key: "location", label: t("locationCode") }, { key: "start", label: t("startingDateTime") }, { key: "end", label: t("endingDateTime") },
            { key: "due", label: t("dueDate") }, { key: "bom", label: t("line.productionBomNo") }, { key: "routing", label: t("routingNo") },
          ]}
          rows={order.lines.map((l) => ({ key: String(l.id), cells: {
            lineNo: l.lineNo, itemNo: l.itemNo, variant: l.variantCode, description: l.description, level: l.planningLevelCode,
            quantity: f.number(l.quantity, 5), uom: l.unitOfMeasureCode, location: l.locationCode, start: f.dateTime(l.startingDateTime),
            end: f.dateTime(l.endingDateTime), due: f.date(l.dueDate), bom: l.productionBomNo, routing: l.routingNo } }))} />
      </CardSection>
      <CardSection title={t("components")} id="components">
        <LinesTable caption={t("components")} empty={t("noComponents")}
          columns={[
            { key: "line", label: t("line.lineNo") }, { key: "itemNo", label: t("line.itemNo") }, { key: "description", label: t("description") },
            { key: "quantityPer", label: t("component.quantityPer"), align: "right" }, { key: "uom", label: t("line.unitOfMeasure") },
            { key: "scrap", label: t("component.scrapPercent"), align: "right" }, { key: "formula", label: t("component.calculationFormula") },
            { key: "expected", label: t("component.expectedQuantity"), align: "right" }, { key: "link", label: t("component.routingLinkCode") },
            { key: "due", label: t("dueDate") }, { key: "location", label: t("locationCode") },
          ]}
          rows={order.components.map((c) => ({ key: String(c.id), cells: {
            line: lineNoById.get(c.orderLineId), itemNo: c.itemNo, description: c.description, quantityPer: f.number(c.quantityPer, 5),
            uom: c.unitOfMeasureCode, scrap: f.number(c.scrapPercent), formula: t(`component.${c.calculationFormula}`),
            expected: f.number(c.expectedQuantity, 5), link: c.routingLinkCode, due: f.date(c.dueDate), location: c.locationCode } }))} />
      </CardSection>
      <CardSection title={t("routingLines")} id="routing">
        <LinesTable caption={t("routingLines")} empty={t("noRoutingLines")}
          columns={[
            { key: "line", label: t("line.lineNo") }, { key: "op", label: t("routing.operationNo") }, { key: "type", label: t("routing.type") },
            { key: "no", label: t("routing.no") }, { key: "description", label: t("description") },
            { key: "setup", label: t("routing.setupTime"), align: "right" }, { key: "run", label: t("routing.runTime"), align: "right" },
            { key: "wait", label: t("routing.waitTime"), align: "right" }, { key: "move", label: t("routing.moveTime"), align: "right" },
            { key: "start", label: t("startingDateTime") }, { key: "end", label: t("endingDateTime") },
          ]}
          rows={order.routingLines.map((r) => ({ key: String(r.id), cells: {
            line: lineNoById.get(r.orderLineId), op: r.operationNo, type: t(`routing.${r.type}`), no: r.no, description: r.description,
            setup: f.number(r.setupTime), run: f.number(r.runTime, 4), wait: f.number(r.waitTime), move: f.number(r.moveTime),
            start: f.dateTime(r.startingDateTime), end: f.dateTime(r.endingDateTime) } }))} />
      </CardSection>
    </>
  );
}
