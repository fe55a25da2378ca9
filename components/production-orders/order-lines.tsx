import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { CardSection, LinesTable } from "@/components/ui/card-section";
import { CardPager } from "@/components/ui/card-pager";
import { getLineDetail, getOrderLinesView } from "@/lib/data/production-orders";
import type { OrderCardParams } from "@/lib/data/list-params";
import { getFormat } from "@/lib/i18n/format";

// Lines, and the components and routing lines of one line (the one picked in Lines, else the
// first shown), each a page at a time: empty sections until a refresh fills them.
export async function OrderLines({ order, params, basePath }: {
  order: { id: number; _count: { lines: number } };
  params: OrderCardParams;
  /** The card's own path: the links below only change its query. */
  basePath: string;
}) {
  const t = await getTranslations("orders");
  const f = await getFormat();
  const lines = await getOrderLinesView(order.id, order._count.lines, params);
  const selected = lines.selected;
  const detail = selected ? await getLineDetail(selected.id, params.componentPage) : null;
  const href = (q: { lpage: number; line?: number; cpage?: number }, anchor: string) => {
    const s = new URLSearchParams({ lpage: String(q.lpage) });
    if (q.line !== undefined) s.set("line", String(q.line));
    if (q.cpage !== undefined && q.cpage > 1) s.set("cpage", String(q.cpage));
    return `${basePath}?${s.toString()}#${anchor}`;
  };
  const lineTitle = selected && (
    <p className="mb-2 text-sm text-slate-700" data-testid="detail-line">
      {t("lineDetail", { lineNo: selected.lineNo, itemNo: selected.itemNo, description: selected.description })}
    </p>
  );
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
          rows={lines.rows.map((l) => ({ key: String(l.id), current: l.id === selected?.id, cells: {
            lineNo: (
              <Link href={href({ lpage: lines.page, line: l.lineNo }, "components")} className="text-blue-700 hover:underline"
                aria-label={t("selectLine", { lineNo: l.lineNo })}>{l.lineNo}</Link>
            ),
            itemNo: l.itemNo, variant: l.variantCode, description: l.description, level: l.planningLevelCode,
            quantity: f.number(l.quantity, 5), uom: l.unitOfMeasureCode, location: l.locationCode, start: f.dateTime(l.startingDateTime),
            end: f.dateTime(l.endingDateTime), due: f.date(l.dueDate), bom: l.productionBomNo, routing: l.routingNo } }))} />
        <CardPager label={t("lines")} page={lines.page} pageSize={lines.pageSize} total={lines.total}
          href={(p) => href({ lpage: p }, "lines")} />
      </CardSection>
      <CardSection title={t("components")} id="components">
        {lineTitle}
        <LinesTable caption={t("components")} empty={selected ? t("lineNoComponents", { lineNo: selected.lineNo }) : t("noComponents")}
          columns={[
            { key: "itemNo", label: t("line.itemNo") }, { key: "description", label: t("description") },
            { key: "quantityPer", label: t("component.quantityPer"), align: "right" }, { key: "uom", label: t("line.unitOfMeasure") },
            { key: "scrap", label: t("component.scrapPercent"), align: "right" }, { key: "formula", label: t("component.calculationFormula") },
            { key: "expected", label: t("component.expectedQuantity"), align: "right" }, { key: "link", label: t("component.routingLinkCode") },
            { key: "due", label: t("dueDate") }, { key: "location", label: t("locationCode") },
          ]}
          rows={(detail?.components.rows ?? []).map((c) => ({ key: String(c.id), cells: {
            itemNo: c.itemNo, description: c.description, quantityPer: f.number(c.quantityPer, 5),
            uom: c.unitOfMeasureCode, scrap: f.number(c.scrapPercent), formula: t(`component.${c.calculationFormula}`),
            expected: f.number(c.expectedQuantity, 5), link: c.routingLinkCode, due: f.date(c.dueDate), location: c.locationCode } }))} />
        {selected && detail && (
          <CardPager label={t("components")} page={detail.components.page} pageSize={detail.components.pageSize} total={detail.components.total}
            href={(p) => href({ lpage: lines.page, line: selected.lineNo, cpage: p }, "components")} />
        )}
      </CardSection>
      <CardSection title={t("routingLines")} id="routing">
        {lineTitle}
        <LinesTable caption={t("routingLines")} empty={selected ? t("lineNoRouting", { lineNo: selected.lineNo }) : t("noRoutingLines")}
          columns={[
            { key: "op", label: t("routing.operationNo") }, { key: "type", label: t("routing.type") },
            { key: "no", label: t("routing.no") }, { key: "description", label: t("description") },
            { key: "setup", label: t("routing.setupTime"), align: "right" }, { key: "run", label: t("routing.runTime"), align: "right" },
            { key: "wait", label: t("routing.waitTime"), align: "right" }, { key: "move", label: t("routing.moveTime"), align: "right" },
            { key: "start", label: t("startingDateTime") }, { key: "end", label: t("endingDateTime") },
          ]}
          rows={(detail?.routingLines ?? []).map((r) => ({ key: String(r.id), cells: {
            op: r.operationNo, type: t(`routing.${r.type}`), no: r.no, description: r.description,
            setup: f.number(r.setupTime), run: f.number(r.runTime, 4), wait: f.number(r.waitTime), move: f.number(r.moveTime),
            start: f.dateTime(r.startingDateTime), end: f.dateTime(r.endingDateTime) } }))} />
      </CardSection>
    </>
  );
}
