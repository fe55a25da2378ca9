import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BomLinesTable } from "@/components/master-data/bom-lines-table";
import { masterDataHref } from "@/components/master-data/record-link";
import { RecordList } from "@/components/master-data/record-list";
import { CardSection, FieldGrid, LinesTable } from "@/components/ui/card-section";
import { PageHeader } from "@/components/ui/page-header";
import { getProductionBom } from "@/lib/data/production-boms";
import { getFormat } from "@/lib/i18n/format";

export async function generateMetadata({ params }: { params: Promise<{ no: string }> }) {
  return { title: `${(await getTranslations("productionBoms"))("card")} ${decodeURIComponent((await params).no)}` };
}

export default async function ProductionBomCardPage({ params }: { params: Promise<{ no: string }> }) {
  const bom = await getProductionBom(decodeURIComponent((await params).no));
  if (!bom) notFound();
  const t = await getTranslations("productionBoms");
  const tm = await getTranslations("masterData");
  const tc = await getTranslations("common");
  const f = await getFormat();
  return (
    <>
      <PageHeader title={`${t("card")} · ${bom.no}`} subtitle={bom.description} />
      <CardSection title={tc("general")} id="general">
        <FieldGrid fields={[
          { label: t("no"), value: bom.no },
          { label: t("description"), value: bom.description },
          { label: t("unitOfMeasureCode"), value: bom.unitOfMeasureCode },
          { label: t("status"), value: tm(`bomStatus.${bom.status}`), testId: "bom-status" },
        ]} />
      </CardSection>
      <CardSection title={t("lines")} id="lines">
        <BomLinesTable caption={t("lines")} lines={bom.lines} />
      </CardSection>
      <CardSection title={t("versions")} id="versions">
        <LinesTable caption={t("versions")} empty={tc("noRecords")}
          columns={[{ key: "code", label: t("versionCode") }, { key: "description", label: t("description") },
            { key: "starting", label: t("startingDate") }, { key: "uom", label: t("unitOfMeasureCode") }, { key: "status", label: t("status") }]}
          rows={bom.versions.map((v) => ({ key: v.versionCode, cells: {
            code: <a href={`#version-${v.versionCode}`} className="text-blue-700 hover:underline">{v.versionCode}</a>,
            description: v.description, starting: f.date(v.startingDate), uom: v.unitOfMeasureCode, status: tm(`bomStatus.${v.status}`) } }))} />
        {bom.versions.map((v) => (
          <div key={v.versionCode} id={`version-${v.versionCode}`} className="mt-4">
            <h3 className="text-sm font-medium text-slate-800 mb-1">{tm("versionLines", { code: v.versionCode })}</h3>
            <BomLinesTable caption={tm("versionLines", { code: v.versionCode })} lines={v.lines} />
          </div>
        ))}
      </CardSection>
      <CardSection title={tm("whereUsed")} id="where-used">
        <h3 className="text-sm font-medium text-slate-800 mb-1">{t("whereUsedItems")}</h3>
        <RecordList caption={t("whereUsedItems")} noLabel={t("no")} descriptionLabel={t("description")}
          records={bom.items} href={masterDataHref.item} />
        <h3 className="text-sm font-medium text-slate-800 mt-4 mb-1">{t("whereUsedBoms")}</h3>
        <RecordList caption={t("whereUsedBoms")} noLabel={t("no")} descriptionLabel={t("description")}
          records={bom.usedInBoms} href={masterDataHref.productionBom} />
      </CardSection>
    </>
  );
}
