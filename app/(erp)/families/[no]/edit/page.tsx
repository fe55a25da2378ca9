import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { FamilyForm } from "@/components/master-data/forms/family-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getLookups } from "@/lib/data/master-data-forms/lookups";
import { getFamilyForm } from "@/lib/data/master-data-forms/records";

export default async function EditFamilyPage({ params }: { params: Promise<{ no: string }> }) {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const family = await getFamilyForm(decodeURIComponent((await params).no));
  if (!family) notFound();
  const tf = await getTranslations("masterDataForms");
  return (
    <>
      <PageHeader
        title={tf("editTitle", { what: (await getTranslations("families"))("card"), key: family.no })}
        subtitle={family.description}
      />
      <FamilyForm family={family} lookups={await getLookups(["items", "routings"])} />
    </>
  );
}
