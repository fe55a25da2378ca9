import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { CenterForm } from "@/components/master-data/forms/center-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getLookups } from "@/lib/data/master-data-forms/lookups";

export default async function NewWorkCenterPage() {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const tf = await getTranslations("masterDataForms");
  const lookups = await getLookups(["calendars"]);
  return (
    <>
      <PageHeader title={tf("newTitle", { what: (await getTranslations("workCenters"))("card") })} />
      <CenterForm kind="work" center={null} options={lookups.calendars} />
    </>
  );
}
