import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { FamilyForm } from "@/components/master-data/forms/family-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getLookups } from "@/lib/data/master-data-forms/lookups";

export default async function NewFamilyPage() {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const tf = await getTranslations("masterDataForms");
  return (
    <>
      <PageHeader title={tf("newTitle", { what: (await getTranslations("families"))("card") })} />
      <FamilyForm family={null} lookups={await getLookups(["items", "routings"])} />
    </>
  );
}
