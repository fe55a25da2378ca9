import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { SalesDocumentForm } from "@/components/master-data/forms/sales-document-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getLookups } from "@/lib/data/master-data-forms/lookups";
import { getSalesDocumentForm } from "@/lib/data/master-data-forms/records";
import { salesDocumentTypeFromSlug } from "@/lib/data/sales-orders";

export default async function EditSalesDocumentPage({ params }: { params: Promise<{ type: string; no: string }> }) {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const { type, no } = await params;
  const documentType = salesDocumentTypeFromSlug(type);
  if (!documentType) notFound();
  const doc = await getSalesDocumentForm(documentType, decodeURIComponent(no));
  if (!doc) notFound();
  const t = await getTranslations("salesOrders");
  const tf = await getTranslations("masterDataForms");
  return (
    <>
      <PageHeader
        title={tf("editTitle", { what: t(documentType === "QUOTE" ? "quoteCard" : "orderCard"), key: doc.no })}
        subtitle={doc.sellToName}
      />
      <SalesDocumentForm doc={doc} documentType={documentType} lookups={await getLookups(["items", "locations"])} />
    </>
  );
}
