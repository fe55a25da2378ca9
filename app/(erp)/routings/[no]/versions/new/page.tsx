import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { emptyRoutingRow } from "@/components/master-data/bom-editor/grid-rows";
import { RoutingForm } from "@/components/master-data/routing-editor/routing-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getRouting } from "@/lib/data/routings";

type Props = { params: Promise<{ no: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("routingEditor"))("newVersion") };
}

export default async function NewRoutingVersionPage({ params }: Props) {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const routing = await getRouting(decodeURIComponent((await params).no));
  if (!routing) notFound();
  const t = await getTranslations("routingEditor");
  return (
    <>
      <PageHeader title={`${t("newVersion")} · ${routing.no}`} subtitle={routing.description} />
      <RoutingForm versionOf={routing.no} values={{ no: routing.no, description: routing.description, lines: [emptyRoutingRow("10")] }} />
    </>
  );
}
