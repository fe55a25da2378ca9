import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CopyLinesAction, VersionedCardHead, VersionsSection, WhereUsedSection } from "@/components/master-data/bom-editor/versioned-card";
import { masterDataHref } from "@/components/master-data/record-link";
import { RoutingLinesTable } from "@/components/master-data/routing-lines-table";
import { CardSection } from "@/components/ui/card-section";
import { userCan } from "@/lib/auth";
import { getRouting } from "@/lib/data/routings";

export async function generateMetadata({ params }: { params: Promise<{ no: string }> }) {
  return { title: `${(await getTranslations("routings"))("card")} ${decodeURIComponent((await params).no)}` };
}

export default async function RoutingCardPage({ params }: { params: Promise<{ no: string }> }) {
  const routing = await getRouting(decodeURIComponent((await params).no));
  if (!routing) notFound();
  const t = await getTranslations("routings");
  const canWrite = await userCan("masterData.write");
  return (
    <>
      <VersionedCardHead kind="routing" record={routing} canWrite={canWrite} />
      <CardSection title={t("operations")} id="lines">
        <p className="text-xs text-slate-500 mb-1">{t("timesInMinutes")}</p>
        {canWrite && <CopyLinesAction kind="routing" record={routing} />}
        <RoutingLinesTable caption={t("operations")} lines={routing.lines} />
      </CardSection>
      <VersionsSection
        kind="routing"
        no={routing.no}
        versions={routing.versions}
        canWrite={canWrite}
        lines={(v, caption) => <RoutingLinesTable caption={caption} lines={v.lines} />}
      />
      <WhereUsedSection
        kind="routing"
        lists={[
          { title: t("whereUsedItems"), records: routing.items, href: masterDataHref.item },
          { title: t("whereUsedFamilies"), records: routing.families, href: masterDataHref.family },
        ]}
      />
    </>
  );
}
