import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { LocationForm } from "@/components/master-data/forms/location-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";

export default async function NewLocationPage() {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const tf = await getTranslations("masterDataForms");
  return (
    <>
      <PageHeader title={tf("newTitle", { what: (await getTranslations("locations"))("card") })} />
      <LocationForm location={null} />
    </>
  );
}
