import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { ItemForm } from "@/components/master-data/forms/item-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getLookups } from "@/lib/data/master-data-forms/lookups";

export async function generateMetadata() {
  return { title: (await getTranslations("masterDataForms"))("newTitle", { what: (await getTranslations("items"))("card") }) };
}

export default async function NewItemPage() {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const tf = await getTranslations("masterDataForms");
  const t = await getTranslations("items");
  return (
    <>
      <PageHeader title={tf("newTitle", { what: t("card") })} />
      <ItemForm item={null} lookups={await getLookups(["units", "locations", "routings", "boms"])} />
    </>
  );
}
