import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { ItemForm } from "@/components/master-data/forms/item-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getLookups } from "@/lib/data/master-data-forms/lookups";
import { getItemForm } from "@/lib/data/master-data-forms/records";

export default async function EditItemPage({ params }: { params: Promise<{ no: string }> }) {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const item = await getItemForm(decodeURIComponent((await params).no));
  if (!item) notFound();
  const tf = await getTranslations("masterDataForms");
  const t = await getTranslations("items");
  return (
    <>
      <PageHeader title={tf("editTitle", { what: t("card"), key: item.no })} subtitle={item.description} />
      <ItemForm item={item} lookups={await getLookups(["units", "locations", "routings", "boms"])} />
    </>
  );
}
