import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { CenterForm } from "@/components/master-data/forms/center-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getLookups } from "@/lib/data/master-data-forms/lookups";

export default async function NewMachineCenterPage() {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const tf = await getTranslations("masterDataForms");
  const lookups = await getLookups(["workCenters"]);
  return (
    <>
      <PageHeader title={tf("newTitle", { what: (await getTranslations("machineCenters"))("card") })} />
      <CenterForm kind="machine" center={null} options={lookups.workCenters} />
    </>
  );
}
