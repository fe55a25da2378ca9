import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { routingRowsOf } from "@/components/master-data/bom-editor/to-rows";
import { RoutingForm } from "@/components/master-data/routing-editor/routing-form";
import { NotEditableNote } from "@/components/master-data/bom-editor/version-page";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getRouting } from "@/lib/data/routings";

type Props = { params: Promise<{ no: string }> };

export async function generateMetadata({ params }: Props) {
  return { title: `${(await getTranslations("routingEditor"))("editRouting")} ${decodeURIComponent((await params).no)}` };
}

export default async function EditRoutingPage({ params }: Props) {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const routing = await getRouting(decodeURIComponent((await params).no));
  if (!routing) notFound();
  const t = await getTranslations("routingEditor");
  const tm = await getTranslations("masterData");
  return (
    <>
      <PageHeader title={`${t("editRouting")} · ${routing.no}`} subtitle={tm(`bomStatus.${routing.status}`)} />
      <NotEditableNote kind="routing" status={routing.status} />
      <RoutingForm
        values={{ no: routing.no, description: routing.description, version: routing.version, lines: routingRowsOf(routing.lines) }}
      />
    </>
  );
}
