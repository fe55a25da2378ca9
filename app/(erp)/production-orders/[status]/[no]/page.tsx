import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CardSection, FieldGrid } from "@/components/ui/card-section";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteOrderButton } from "@/components/production-orders/delete-order-button";
import { GeneralFastTab } from "@/components/production-orders/general-fast-tab";
import { OrderHistory } from "@/components/production-orders/order-history";
import { OrderActions } from "@/components/production-orders/order-actions";
import { OrderLines } from "@/components/production-orders/order-lines";
import { OrderOutput } from "@/components/production-orders/order-output";
import { OperationsTimeline } from "@/components/production-orders/operations-timeline";
import { WhyThisDate } from "@/components/production-orders/why-this-date";
import { getCurrentUser } from "@/lib/auth";
import { findRenumberedOrder, getProductionOrder, listLocations } from "@/lib/data/production-orders";
import { parseOrderCardParams } from "@/lib/data/list-params";
import { can } from "@/lib/domain/auth/permissions";
import { orderPath, statusFromSlug } from "@/lib/domain/production-order/slugs";
import { canEditOrder } from "@/lib/domain/order-edit/editable";
import { getFormat } from "@/lib/i18n/format";

type Props = { params: Promise<{ status: string; no: string }>; searchParams: Promise<Record<string, string | undefined>> };

/** The tab names the page and the record, as BC's does: "Firm Planned Prod. Order 101004 · Bicycle". */
export async function generateMetadata({ params }: Props) {
  const p = await params;
  const status = statusFromSlug(p.status);
  if (!status) return {};
  const no = decodeURIComponent(p.no);
  const order = await getProductionOrder(status, no);
  const title = `${(await getTranslations("orders"))(`card.${status}`)} ${no}`;
  return { title: { absolute: order?.description ? `${title} · ${order.description}` : title } };
}

export default async function ProductionOrderCardPage({ params, searchParams }: Props) {
  const p = await params;
  const status = statusFromSlug(p.status);
  if (!status) notFound();
  const no = decodeURIComponent(p.no);
  const order = await getProductionOrder(status, no);
  if (!order) {
    const moved = await findRenumberedOrder(status, no);
    if (moved) redirect(`${orderPath(moved.status, moved.no)}?from=${encodeURIComponent(`${status}:${no}`)}`);
    notFound();
  }
  const sp = await searchParams;
  const user = (await getCurrentUser())!;
  const t = await getTranslations("orders");
  const f = await getFormat();
  const locations = await listLocations();
  const editable = can(user.role, "orders.edit") && canEditOrder(status, user.role);
  const deletable = ["SIMULATED", "PLANNED", "FIRM_PLANNED"].includes(status) || (status === "RELEASED" && user.role !== "planner");

  return (
    <>
      <PageHeader
        title={`${t(`card.${status}`)} · ${order.no}`}
        subtitle={order.description}
        actions={
          <>
            <OrderActions order={{ id: order.id, version: order.version, status, no: order.no }} />
            {deletable && can(user.role, "orders.delete") && <DeleteOrderButton id={order.id} version={order.version} no={order.no} />}
          </>
        }
      />
      <div className="space-y-2 mb-3">
        {sp.from && /^[A-Z_]+:/.test(sp.from) && (
          <p role="status" className="rounded bg-blue-50 border border-blue-200 px-3 py-2 text-sm text-blue-900" data-testid="renumbered">
            {t("renumbered", { oldNo: sp.from.slice(sp.from.indexOf(":") + 1), status: t(`status.${status}`), newNo: order.no })}
          </p>
        )}
        {sp.created && (
          <p role="status" className="rounded bg-green-50 border border-green-200 px-3 py-2 text-sm text-green-800">
            {t("created", { no: order.no })}
          </p>
        )}
        {sp.warning === "series" && (
          <p
            role="status"
            className="rounded bg-amber-50 border border-amber-300 px-3 py-2 text-sm text-amber-900"
            data-testid="series-warning"
          >
            {t("seriesWarning", { series: order.noSeries ?? "", no: order.no })}
          </p>
        )}
        {status === "FINISHED" && <p className="rounded bg-slate-100 px-3 py-2 text-sm">{t("readOnly")}</p>}
      </div>
      <CardSection title={t("general")} id="general">
        <GeneralFastTab
          editable={editable}
          locations={locations}
          order={{
            id: order.id,
            version: order.version,
            status,
            no: order.no,
            description: order.description,
            description2: order.description2,
            sourceType: order.sourceType,
            sourceNo: order.sourceNo,
            variantCode: order.variantCode,
            quantity: String(order.quantity),
            dueDate: order.dueDate?.toISOString().slice(0, 10) ?? "",
            locationCode: order.locationCode ?? "",
          }}
          display={
            <FieldGrid
              fields={[
                { label: t("no"), value: order.no, testId: "order-no" },
                { label: t("description"), value: order.description, testId: "order-description" },
                { label: t("description2"), value: order.description2 },
                { label: t("sourceType"), value: t(`sourceTypes.${order.sourceType}`) },
                { label: t("sourceNo"), value: order.sourceNo },
                { label: t("variantCode"), value: order.variantCode },
                { label: t("routingNo"), value: order.routingNo, testId: "order-routing" },
                { label: t("quantity"), value: f.number(order.quantity, 5), testId: "order-quantity" },
                { label: t("statusField"), value: t(`status.${order.status}`) },
                { label: t("assignedUser"), value: order.assignedUser, testId: "assigned-user" },
                { label: t("lastDateModified"), value: f.date(order.lastDateModified) },
                { label: t("creationDate"), value: f.date(order.creationDate) },
              ]}
            />
          }
        />
      </CardSection>
      <CardSection title={t("schedule")} id="schedule">
        <FieldGrid
          fields={[
            {
              label: t("startingDateTime"),
              testId: "order-starting",
              value: (
                <WhyThisDate orderId={order.id} target={{ kind: "header", field: "starting" }} label={t("startingDateTime")}>
                  {f.dateTime(order.startingDateTime)}
                </WhyThisDate>
              ),
            },
            {
              label: t("endingDateTime"),
              testId: "order-ending",
              value: (
                <WhyThisDate orderId={order.id} target={{ kind: "header", field: "ending" }} label={t("endingDateTime")}>
                  {f.dateTime(order.endingDateTime)}
                </WhyThisDate>
              ),
            },
            {
              label: t("dueDate"),
              testId: "order-due",
              value: (
                <WhyThisDate orderId={order.id} target={{ kind: "header", field: "due" }} label={t("dueDate")}>
                  {f.date(order.dueDate)}
                </WhyThisDate>
              ),
            },
            { label: t("finishedDate"), value: f.date(order.finishedDate) },
            { label: t("lowLevelCode"), value: order.lowLevelCode },
            { label: t("replanRefNo"), value: order.replanRefNo },
            { label: t("replanRefStatus"), value: order.replanRefStatus ? t(`status.${order.replanRefStatus}`) : "" },
          ]}
        />
      </CardSection>
      <CardSection title={t("posting")} id="posting">
        <FieldGrid
          fields={[
            { label: t("locationCode"), value: order.locationCode, testId: "order-location" },
            { label: t("unitCost"), value: f.amount(order.unitCost), testId: "order-unit-cost" },
            { label: t("costAmount"), value: f.amount(order.costAmount), testId: "order-cost-amount" },
            { label: t("noSeries"), value: order.noSeries },
            { label: t("simulatedOrderNo"), value: order.simulatedOrderNo },
            { label: t("plannedOrderNo"), value: order.plannedOrderNo },
            { label: t("firmPlannedOrderNo"), value: order.firmPlannedOrderNo },
          ]}
        />
      </CardSection>
      <OrderLines
        order={order}
        params={parseOrderCardParams(sp)}
        basePath={orderPath(status, order.no)}
        editable={editable}
        locations={locations}
      />
      {status === "RELEASED" && can(user.role, "orders.output") && <OrderOutput order={order} params={parseOrderCardParams(sp)} />}
      <OperationsTimeline orderId={order.id} version={editable && can(user.role, "orders.reschedule") ? order.version : undefined} />
      <OrderHistory orderId={order.id} />
    </>
  );
}
