import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { CenterForm } from "@/components/master-data/forms/center-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getLookups } from "@/lib/data/master-data-forms/lookups";
import { getCenterForm } from "@/lib/data/master-data-forms/records";

export default async function EditWorkCenterPage({ params }: { params: Promise<{ no: string }> }) {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const center = await getCenterForm("work", decodeURIComponent((await params).no));
  if (!center) notFound();
  const tf = await getTranslations("masterDataForms");
  const lookups = await getLookups(["calendars"]);
  return (
    <>
      <PageHeader
        title={tf("editTitle", { what: (await getTranslations("workCenters"))("card"), key: center.no })}
        subtitle={center.name}
      />
      <CenterForm kind="work" center={center} options={lookups.calendars} />
    </>
  );
}
