import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CardActions } from "@/components/master-data/forms/record-actions";
import { masterDataHref, RecordLink } from "@/components/master-data/record-link";
import { CardSection, FieldGrid, LinesTable } from "@/components/ui/card-section";
import { PageHeader } from "@/components/ui/page-header";
import { deleteSalesDocumentAction } from "@/lib/actions/master-data/sales-documents";
import { getSalesOrder, salesDocumentTypeFromSlug } from "@/lib/data/sales-orders";
import { getFormat } from "@/lib/i18n/format";

type Params = Promise<{ type: string; no: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { type, no } = await params;
  const t = await getTranslations("salesOrders");
  return { title: `${t(type === "quote" ? "quoteCard" : "orderCard")} ${decodeURIComponent(no)}` };
}

export default async function SalesOrderCardPage({ params }: { params: Params }) {
  const { type, no } = await params;
  const documentType = salesDocumentTypeFromSlug(type);
  if (!documentType) notFound();
  const order = await getSalesOrder(documentType, decodeURIComponent(no));
  if (!order) notFound();
  const t = await getTranslations("salesOrders");
  const tc = await getTranslations("common");
  const f = await getFormat();
  const location = (code: string | null) => <RecordLink href={masterDataHref.location(code ?? "")}>{code}</RecordLink>;
  return (
    <>
      <PageHeader
        title={`${t(documentType === "QUOTE" ? "quoteCard" : "orderCard")} · ${order.no}`}
        subtitle={order.sellToName}
        actions={
          <CardActions
            editHref={`/sales-orders/${type}/${encodeURIComponent(order.no)}/edit`}
            deleteAction={deleteSalesDocumentAction}
            deleteFields={{ documentType: order.documentType, no: order.no, version: order.version }}
            name={`${t(documentType === "QUOTE" ? "quoteCard" : "orderCard")} ${order.no}`}
            listHref="/sales-orders"
          />
        }
      />
      <CardSection title={tc("general")} id="general">
        <FieldGrid
          fields={[
            { label: t("documentType"), value: t(`docType.${order.documentType}`) },
            { label: t("no"), value: order.no },
            { label: t("sellToCustomerNo"), value: order.sellToCustomerNo },
            { label: t("sellToName"), value: order.sellToName },
            { label: t("shipToName"), value: order.shipToName },
            { label: t("locationCode"), value: location(order.locationCode) },
            { label: t("shipmentDate"), value: f.date(order.shipmentDate) },
            { label: t("status"), value: t(`docStatus.${order.status}`) },
          ]}
        />
      </CardSection>
      <CardSection title={t("lines")} id="lines">
        <LinesTable
          caption={t("lines")}
          empty={tc("noRecords")}
          columns={[
            { key: "lineNo", label: t("lineNo"), align: "right" },
            { key: "type", label: t("type") },
            { key: "no", label: t("no") },
            { key: "description", label: t("description") },
            { key: "variant", label: t("variantCode") },
            { key: "location", label: t("locationCode") },
            { key: "qty", label: t("quantity"), align: "right" },
            { key: "outstanding", label: t("outstandingQuantity"), align: "right" },
            { key: "reserved", label: t("reservedQuantity"), align: "right" },
            { key: "shipment", label: t("shipmentDate") },
          ]}
          rows={order.lines.map((l) => ({
            key: String(l.lineNo),
            cells: {
              lineNo: l.lineNo,
              type: t(`lineType.${l.type}`),
              // Only item lines point at a record this module knows; resources and G/L accounts stay text.
              no: l.itemNo ? <RecordLink href={masterDataHref.item(l.itemNo)}>{l.no}</RecordLink> : l.no,
              description: l.description,
              variant: l.variantCode,
              location: location(l.locationCode),
              qty: f.number(l.quantity, 5),
              outstanding: f.number(l.outstandingQuantity, 5),
              reserved: f.number(l.reservedQuantity, 5),
              shipment: f.date(l.shipmentDate),
            },
          }))}
        />
      </CardSection>
    </>
  );
}
