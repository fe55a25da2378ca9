import { IntentLink as Link } from "@/components/ui/intent-link";
import { getLocale, getTranslations } from "next-intl/server";
import { CardSection } from "@/components/ui/card-section";
import { CardPager } from "@/components/ui/card-pager";
import { InlineEditTable } from "@/components/production-orders/inline-edit-table";
import {
  addComponentAction,
  addRoutingLineAction,
  changeComponentAction,
  changeOrderLineAction,
  changeRoutingLineAction,
  deleteComponentAction,
  deleteRoutingLineAction,
} from "@/lib/actions/order-edit";
import { WhyThisDate } from "@/components/production-orders/why-this-date";
import { getLineDetail, getOrderLinesView } from "@/lib/data/production-orders";
import type { OrderCardParams } from "@/lib/data/list-params";
import { getFormat } from "@/lib/i18n/format";
import type { DateTarget } from "@/lib/services/production-orders/explain-order-dates";

// Lines, and the components and routing lines of one line (the one picked in Lines, else the
// first shown), each a page at a time: empty sections until a refresh fills them. On an order up
// to Released the three change in place (issue 23 item 1); the services check everything again.
export async function OrderLines({
  order,
  params,
  basePath,
  editable,
  locations,
}: {
  order: { id: number; version: number; _count: { lines: number } };
  params: OrderCardParams;
  /** The card's own path: the links below only change its query. */
  basePath: string;
  editable: boolean;
  locations: { code: string; name: string }[];
}) {
  const t = await getTranslations("orders");
  const te = await getTranslations("orderEdit");
  const f = await getFormat();
  const locale = await getLocale();
  // A stored decimal as the user types it: no grouping, the locale's decimal mark.
  const typed = (v: { toFixed(): string } | null | undefined) => {
    const s = v
      ? v
          .toFixed()
          .replace(/(\.\d*?)0+$/, "$1")
          .replace(/\.$/, "")
      : "0";
    return locale === "nl" ? s.replace(".", ",") : s;
  };
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  const lines = await getOrderLinesView(order.id, order._count.lines, params);
  const selected = lines.selected;
  const detail = selected ? await getLineDetail(selected.id, params.componentPage) : null;
  const href = (q: { lpage: number; line?: number; cpage?: number }, anchor: string) => {
    const s = new URLSearchParams({ lpage: String(q.lpage) });
    if (q.line !== undefined) s.set("line", String(q.line));
    if (q.cpage !== undefined && q.cpage > 1) s.set("cpage", String(q.cpage));
    return `${basePath}?${s.toString()}#${anchor}`;
  };
  const key = { id: order.id, version: order.version };
  // "Why this date?" beside every computed date (issue 23).
  const why = (target: DateTarget, label: string, text: string) => (
    <WhyThisDate orderId={order.id} target={target} label={label}>
      {text}
    </WhyThisDate>
  );
  const locationOptions = [{ value: "", label: "" }, ...locations.map((l) => ({ value: l.code, label: l.code }))];
  const lineTitle = selected && (
    <p className="mb-2 text-sm text-slate-700" data-testid="detail-line">
      {t("lineDetail", { lineNo: selected.lineNo, itemNo: selected.itemNo, description: selected.description })}
    </p>
  );
  return (
    <>
      <CardSection title={t("lines")} id="lines">
        <InlineEditTable
          caption={t("lines")}
          empty={t("noLines")}
          order={key}
          editable={editable}
          change={changeOrderLineAction}
          testId="lines-table"
          columns={[
            { key: "lineNo", label: t("line.lineNo") },
            { key: "itemNo", label: t("line.itemNo") },
            { key: "variant", label: t("variantCode") },
            { key: "description", label: t("description"), wrap: "text" },
            { key: "level", label: t("line.planningLevel"), align: "right" },
            { key: "quantity", label: t("quantity"), align: "right", edit: { name: "quantity", kind: "decimal" } },
            { key: "uom", label: t("line.unitOfMeasure") },
            { key: "location", label: t("locationCode"), edit: { name: "locationCode", kind: "select", options: locationOptions } },
            { key: "start", label: t("startingDateTime"), wrap: "dateTime" },
            { key: "end", label: t("endingDateTime"), wrap: "dateTime" },
            { key: "due", label: t("dueDate"), edit: { name: "dueDate", kind: "date" } },
            { key: "bom", label: t("line.productionBomNo") },
            { key: "routing", label: t("routingNo") },
          ]}
          rows={lines.rows.map((l) => ({
            key: String(l.id),
            label: te("lineLabel", { lineNo: l.lineNo }),
            current: l.id === selected?.id,
            ids: { orderLineId: String(l.id) },
            values: { quantity: typed(l.quantity), locationCode: l.locationCode ?? "", dueDate: iso(l.dueDate) },
            cells: {
              lineNo: (
                <Link
                  href={href({ lpage: lines.page, line: l.lineNo }, "components")}
                  className="text-blue-700 hover:underline"
                  aria-label={t("selectLine", { lineNo: l.lineNo })}
                >
                  {l.lineNo}
                </Link>
              ),
              itemNo: l.itemNo,
              variant: l.variantCode,
              description: l.description,
              level: l.planningLevelCode,
              quantity: f.number(l.quantity, 5),
              uom: l.unitOfMeasureCode,
              location: l.locationCode,
              start: why(
                { kind: "line", lineNo: l.lineNo, field: "starting" },
                `${t("startingDateTime")} · ${l.lineNo}`,
                f.dateTime(l.startingDateTime),
              ),
              end: why(
                { kind: "line", lineNo: l.lineNo, field: "ending" },
                `${t("endingDateTime")} · ${l.lineNo}`,
                f.dateTime(l.endingDateTime),
              ),
              due: why({ kind: "line", lineNo: l.lineNo, field: "due" }, `${t("dueDate")} · ${l.lineNo}`, f.date(l.dueDate)),
              bom: l.productionBomNo,
              routing: l.routingNo,
            },
          }))}
        />
        <CardPager
          label={t("lines")}
          page={lines.page}
          pageSize={lines.pageSize}
          total={lines.total}
          href={(p) => href({ lpage: p }, "lines")}
        />
      </CardSection>
      <CardSection title={t("components")} id="components">
        {lineTitle}
        <InlineEditTable
          caption={t("components")}
          empty={selected ? t("lineNoComponents", { lineNo: selected.lineNo }) : t("noComponents")}
          order={key}
          editable={editable && !!selected}
          change={changeComponentAction}
          remove={deleteComponentAction}
          testId="components-table"
          add={
            selected
              ? {
                  action: addComponentAction,
                  ids: { orderLineId: String(selected.id) },
                  label: te("addComponent"),
                  defaults: {
                    itemNo: "",
                    quantityPer: "1",
                    unitOfMeasureCode: "",
                    scrapPercent: "0",
                    calculationFormula: "NONE",
                    locationCode: selected.locationCode ?? "",
                  },
                }
              : undefined
          }
          columns={[
            { key: "itemNo", label: t("line.itemNo"), edit: { name: "itemNo", kind: "text", size: 8 } },
            { key: "description", label: t("description"), wrap: "text" },
            { key: "quantityPer", label: t("component.quantityPer"), align: "right", edit: { name: "quantityPer", kind: "decimal" } },
            { key: "uom", label: t("line.unitOfMeasure"), edit: { name: "unitOfMeasureCode", kind: "text", size: 5 } },
            { key: "scrap", label: t("component.scrapPercent"), align: "right", edit: { name: "scrapPercent", kind: "decimal", size: 5 } },
            {
              key: "formula",
              label: t("component.calculationFormula"),
              edit: {
                name: "calculationFormula",
                kind: "select",
                options: [
                  { value: "NONE", label: te("formulaNone") },
                  { value: "FIXED_QUANTITY", label: t("component.FIXED_QUANTITY") },
                ],
              },
            },
            { key: "expected", label: t("component.expectedQuantity"), align: "right" },
            { key: "link", label: t("component.routingLinkCode") },
            { key: "due", label: t("dueDate") },
            { key: "location", label: t("locationCode"), edit: { name: "locationCode", kind: "select", options: locationOptions } },
          ]}
          rows={(detail?.components.rows ?? []).map((c) => ({
            key: String(c.id),
            label: te("componentLabel", { lineNo: c.lineNo, itemNo: c.itemNo }),
            ids: { componentId: String(c.id) },
            values: {
              itemNo: c.itemNo,
              quantityPer: typed(c.quantityPer),
              unitOfMeasureCode: c.unitOfMeasureCode,
              scrapPercent: typed(c.scrapPercent),
              calculationFormula: c.calculationFormula,
              locationCode: c.locationCode ?? "",
            },
            cells: {
              itemNo: c.itemNo,
              description: c.description,
              quantityPer: f.number(c.quantityPer, 5),
              uom: c.unitOfMeasureCode,
              scrap: f.number(c.scrapPercent),
              formula: t(`component.${c.calculationFormula}`),
              expected: <span data-testid="expected-quantity">{f.number(c.expectedQuantity, 5)}</span>,
              link: c.routingLinkCode,
              due: selected
                ? why(
                    { kind: "component", lineNo: selected.lineNo, componentLineNo: c.lineNo },
                    `${t("dueDate")} · ${c.itemNo}`,
                    f.date(c.dueDate),
                  )
                : f.date(c.dueDate),
              location: c.locationCode,
            },
          }))}
        />
        {selected && detail && (
          <CardPager
            label={t("components")}
            page={detail.components.page}
            pageSize={detail.components.pageSize}
            total={detail.components.total}
            href={(p) => href({ lpage: lines.page, line: selected.lineNo, cpage: p }, "components")}
          />
        )}
      </CardSection>
      <CardSection title={t("routingLines")} id="routing">
        {lineTitle}
        <InlineEditTable
          caption={t("routingLines")}
          empty={selected ? t("lineNoRouting", { lineNo: selected.lineNo }) : t("noRoutingLines")}
          order={key}
          editable={editable && !!selected}
          change={changeRoutingLineAction}
          remove={deleteRoutingLineAction}
          testId="routing-table"
          add={
            selected
              ? {
                  action: addRoutingLineAction,
                  ids: { orderLineId: String(selected.id) },
                  label: te("addOperation"),
                  defaults: {
                    operationNo: "",
                    type: "WORK_CENTER",
                    no: "",
                    setupTime: "0",
                    runTime: "0",
                    waitTime: "0",
                    moveTime: "0",
                    sendAheadQuantity: "0",
                  },
                }
              : undefined
          }
          columns={[
            { key: "op", label: t("routing.operationNo"), editOnAdd: { name: "operationNo", kind: "text", size: 5 } },
            {
              key: "type",
              label: t("routing.type"),
              edit: {
                name: "type",
                kind: "select",
                options: (["WORK_CENTER", "MACHINE_CENTER"] as const).map((v) => ({ value: v, label: t(`routing.${v}`) })),
              },
            },
            { key: "no", label: t("routing.no"), edit: { name: "no", kind: "text", size: 6 } },
            { key: "description", label: t("description"), wrap: "text" },
            { key: "setup", label: t("routing.setupTime"), align: "right", edit: { name: "setupTime", kind: "decimal", size: 6 } },
            { key: "run", label: t("routing.runTime"), align: "right", edit: { name: "runTime", kind: "decimal", size: 6 } },
            { key: "wait", label: t("routing.waitTime"), align: "right", edit: { name: "waitTime", kind: "decimal", size: 6 } },
            { key: "move", label: t("routing.moveTime"), align: "right", edit: { name: "moveTime", kind: "decimal", size: 6 } },
            {
              key: "sendAhead",
              label: te("sendAheadQuantity"),
              align: "right",
              edit: { name: "sendAheadQuantity", kind: "decimal", size: 6 },
            },
            { key: "start", label: t("startingDateTime") },
            { key: "end", label: t("endingDateTime") },
          ]}
          rows={(detail?.routingLines ?? []).map((r) => ({
            key: String(r.id),
            label: te("operationLabel", { operationNo: r.operationNo }),
            ids: { routingLineId: String(r.id) },
            values: {
              type: r.type,
              no: r.no,
              setupTime: typed(r.setupTime),
              runTime: typed(r.runTime),
              waitTime: typed(r.waitTime),
              moveTime: typed(r.moveTime),
              sendAheadQuantity: typed(r.sendAheadQuantity),
            },
            cells: {
              op: r.operationNo,
              type: t(`routing.${r.type}`),
              no: r.no,
              description: r.description,
              setup: f.number(r.setupTime),
              run: f.number(r.runTime, 4),
              wait: f.number(r.waitTime),
              move: f.number(r.moveTime),
              sendAhead: f.number(r.sendAheadQuantity, 5),
              start: (
                <span data-testid="operation-start">
                  {selected
                    ? why(
                        { kind: "operation", lineNo: selected.lineNo, operationNo: r.operationNo, field: "starting" },
                        `${t("startingDateTime")} · ${r.operationNo}`,
                        f.dateTime(r.startingDateTime),
                      )
                    : f.dateTime(r.startingDateTime)}
                </span>
              ),
              end: (
                <span data-testid="operation-end">
                  {selected
                    ? why(
                        { kind: "operation", lineNo: selected.lineNo, operationNo: r.operationNo, field: "ending" },
                        `${t("endingDateTime")} · ${r.operationNo}`,
                        f.dateTime(r.endingDateTime),
                      )
                    : f.dateTime(r.endingDateTime)}
                </span>
              ),
            },
          }))}
        />
      </CardSection>
    </>
  );
}
