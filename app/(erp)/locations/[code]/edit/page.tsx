import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { LocationForm } from "@/components/master-data/forms/location-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getLocationForm } from "@/lib/data/master-data-forms/records";

export default async function EditLocationPage({ params }: { params: Promise<{ code: string }> }) {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const location = await getLocationForm(decodeURIComponent((await params).code));
  if (!location) notFound();
  const tf = await getTranslations("masterDataForms");
  return (
    <>
      <PageHeader
        title={tf("editTitle", { what: (await getTranslations("locations"))("card"), key: location.code })}
        subtitle={location.name}
      />
      <LocationForm location={location} />
    </>
  );
}
