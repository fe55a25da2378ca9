import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { emptyRoutingRow } from "@/components/master-data/bom-editor/grid-rows";
import { RoutingForm } from "@/components/master-data/routing-editor/routing-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("routingEditor"))("newRouting") };
}

export default async function NewRoutingPage() {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const t = await getTranslations("routingEditor");
  return (
    <>
      <PageHeader title={t("newRouting")} />
      <RoutingForm values={{ no: "", description: "", lines: [emptyRoutingRow("10")] }} />
    </>
  );
}
