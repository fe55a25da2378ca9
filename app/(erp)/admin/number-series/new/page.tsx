import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { NoSeriesForm } from "@/components/admin/no-series/no-series-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("noSeries"))("newTitle") };
}

export default async function NewNoSeriesPage() {
  if (!(await userCan("noSeries.manage"))) return <Forbidden />;
  const t = await getTranslations("noSeries");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <NoSeriesForm series={null} />
    </>
  );
}
