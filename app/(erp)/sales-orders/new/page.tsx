import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { SalesDocumentForm } from "@/components/master-data/forms/sales-document-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getLookups } from "@/lib/data/master-data-forms/lookups";

// /sales-orders/new?type=quote starts a quote; anything else an order.
export default async function NewSalesDocumentPage({ searchParams }: { searchParams: Promise<{ type?: string }> }) {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const documentType = (await searchParams).type === "quote" ? "QUOTE" : "ORDER";
  const t = await getTranslations("salesOrders");
  const tf = await getTranslations("masterDataForms");
  return (
    <>
      <PageHeader title={tf("newTitle", { what: t(documentType === "QUOTE" ? "quoteCard" : "orderCard") })} />
      <SalesDocumentForm doc={null} documentType={documentType} lookups={await getLookups(["items", "locations"])} />
    </>
  );
}
