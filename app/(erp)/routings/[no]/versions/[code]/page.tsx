import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { isoDayOf, routingRowsOf } from "@/components/master-data/bom-editor/to-rows";
import { VersionPageFrame } from "@/components/master-data/bom-editor/version-page";
import { RoutingForm } from "@/components/master-data/routing-editor/routing-form";
import { userCan } from "@/lib/auth";
import { getRouting } from "@/lib/data/routings";

type Props = { params: Promise<{ no: string; code: string }> };

export async function generateMetadata({ params }: Props) {
  const { no, code } = await params;
  return { title: `${(await getTranslations("routingEditor"))("version")} ${decodeURIComponent(code)} · ${decodeURIComponent(no)}` };
}

export default async function RoutingVersionPage({ params }: Props) {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const { no, code } = await params;
  const routing = await getRouting(decodeURIComponent(no));
  const v = routing?.versions.find((x) => x.versionCode === decodeURIComponent(code));
  if (!routing || !v) notFound();
  return (
    <>
      <VersionPageFrame kind="routing" record={routing} version={v} versionCodes={routing.versions.map((x) => x.versionCode)} />
      <RoutingForm
        key={v.version}
        versionOf={routing.no}
        values={{
          no: routing.no,
          versionCode: v.versionCode,
          description: v.description,
          startingDate: isoDayOf(v.startingDate),
          version: v.version,
          lines: routingRowsOf(v.lines),
        }}
      />
    </>
  );
}
