import { getTranslations } from "next-intl/server";
import { NewButton } from "@/components/master-data/forms/record-actions";
import { MasterDataList } from "@/components/master-data/master-data-list";
import { parseListParams, type RawSearchParams } from "@/lib/data/list-params";
import { listSalesOrders, SALES_ORDER_FILTERS, SALES_ORDER_SORTS, salesDocumentHref } from "@/lib/data/sales-orders";
import { getFormat } from "@/lib/i18n/format";

export async function generateMetadata() {
  return { title: (await getTranslations("salesOrders"))("title") };
}

// Orders and quotes share one list (BC has two); the Document Type filter narrows it.
export default async function SalesOrdersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const t = await getTranslations("salesOrders");
  const tf = await getTranslations("listFilters");
  const f = await getFormat();
  const params = parseListParams(await searchParams, { sortable: SALES_ORDER_SORTS, defaultSort: "no", filters: SALES_ORDER_FILTERS });
  const page = await listSalesOrders(params);
  return (
    <MasterDataList
      title={t("title")}
      basePath="/sales-orders"
      params={params}
      page={page}
      actions={
        <>
          <NewButton href="/sales-orders/new" />
          <NewButton href="/sales-orders/new?type=quote" label={t("docType.QUOTE")} shortcut={false} />
        </>
      }
      filters={[
        {
          name: "documentType",
          label: t("documentType"),
          type: "select",
          options: [
            { value: "ORDER", label: t("docType.ORDER") },
            { value: "QUOTE", label: t("docType.QUOTE") },
          ],
        },
        { name: "no", label: t("no") },
        { name: "sellToCustomerNo", label: t("sellToCustomerNo") },
        { name: "sellToName", label: t("sellToName") },
        { name: "locationCode", label: t("locationCode") },
        { name: "shipmentFrom", label: t("shipmentFrom"), type: "date" },
        { name: "shipmentTo", label: t("shipmentTo"), type: "date" },
        {
          name: "status",
          label: t("status"),
          type: "select",
          options: [
            { value: "OPEN", label: t("docStatus.OPEN") },
            { value: "RELEASED", label: t("docStatus.RELEASED") },
          ],
        },
        { name: "notCovered", label: tf("notCovered"), type: "select", options: [{ value: "yes", label: tf("yes") }] },
      ]}
      columns={[
        { key: "no", label: t("no") },
        { key: "documentType", label: t("documentType") },
        { key: "sellToCustomerNo", label: t("sellToCustomerNo") },
        { key: "sellToName", label: t("sellToName") },
        { key: "locationCode", label: t("locationCode") },
        { key: "shipmentDate", label: t("shipmentDate") },
        { key: "status", label: t("status") },
      ]}
      row={(s) => ({
        key: `${s.documentType}/${s.no}`,
        href: salesDocumentHref(s.documentType, s.no),
        cells: {
          no: s.no,
          documentType: t(`docType.${s.documentType}`),
          sellToCustomerNo: s.sellToCustomerNo,
          sellToName: s.sellToName,
          locationCode: s.locationCode,
          shipmentDate: f.date(s.shipmentDate),
          status: t(`docStatus.${s.status}`),
        },
      })}
    />
  );
}
