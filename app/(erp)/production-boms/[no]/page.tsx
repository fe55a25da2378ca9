import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BomLinesTable } from "@/components/master-data/bom-lines-table";
import { CopyLinesAction, VersionedCardHead, VersionsSection, WhereUsedSection } from "@/components/master-data/bom-editor/versioned-card";
import { masterDataHref } from "@/components/master-data/record-link";
import { CardSection } from "@/components/ui/card-section";
import { userCan } from "@/lib/auth";
import { getProductionBom } from "@/lib/data/production-boms";

export async function generateMetadata({ params }: { params: Promise<{ no: string }> }) {
  return { title: `${(await getTranslations("productionBoms"))("card")} ${decodeURIComponent((await params).no)}` };
}

export default async function ProductionBomCardPage({ params }: { params: Promise<{ no: string }> }) {
  const bom = await getProductionBom(decodeURIComponent((await params).no));
  if (!bom) notFound();
  const t = await getTranslations("productionBoms");
  const canWrite = await userCan("masterData.write");
  return (
    <>
      <VersionedCardHead
        kind="bom"
        record={bom}
        canWrite={canWrite}
        fields={[{ label: t("unitOfMeasureCode"), value: bom.unitOfMeasureCode }]}
      />
      <CardSection title={t("lines")} id="lines">
        {canWrite && <CopyLinesAction kind="bom" record={bom} />}
        <BomLinesTable caption={t("lines")} lines={bom.lines} />
      </CardSection>
      <VersionsSection
        kind="bom"
        no={bom.no}
        versions={bom.versions}
        canWrite={canWrite}
        before={[{ key: "uom", label: t("unitOfMeasureCode"), cell: (v) => v.unitOfMeasureCode }]}
        lines={(v, caption) => <BomLinesTable caption={caption} lines={v.lines} />}
      />
      <WhereUsedSection
        kind="bom"
        lists={[
          { title: t("whereUsedItems"), records: bom.items, href: masterDataHref.item },
          { title: t("whereUsedBoms"), records: bom.usedInBoms, href: masterDataHref.productionBom },
        ]}
      />
    </>
  );
}
