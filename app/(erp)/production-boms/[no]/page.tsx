import { IntentLink as Link } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BomLinesTable } from "@/components/master-data/bom-lines-table";
import { CopyLinesDialog } from "@/components/master-data/bom-editor/copy-lines-dialog";
import { DeleteRecordButton } from "@/components/master-data/bom-editor/delete-record-button";
import { nextStatusOptions } from "@/components/master-data/bom-editor/status-options";
import { StatusControl } from "@/components/master-data/bom-editor/status-control";
import { buttonClass } from "@/components/ui/button";
import { userCan } from "@/lib/auth";
import { changeBomStatusAction, copyProductionBomAction, deleteProductionBomAction } from "@/lib/actions/master-data/boms";
import { listBomCopySources } from "@/lib/data/copy-sources";
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
  const canWrite = await userCan("masterData.write");
  const te = await getTranslations("bomEditor");
  const card = `/production-boms/${encodeURIComponent(bom.no)}`;
  return (
    <>
      <PageHeader
        title={`${t("card")} · ${bom.no}`}
        subtitle={bom.description}
        actions={
          canWrite ? (
            <>
              <Link href={`${card}/edit`} className={buttonClass("secondary")}>
                {te("edit")}
              </Link>
              <StatusControl
                key={bom.version}
                no={bom.no}
                version={bom.version}
                allowed={await nextStatusOptions(bom.status)}
                action={changeBomStatusAction}
              />
              <DeleteRecordButton
                no={bom.no}
                version={bom.version}
                then="/production-boms"
                action={deleteProductionBomAction}
                confirmText={te("confirmDelete", { no: bom.no })}
              />
            </>
          ) : undefined
        }
      />
      <CardSection title={tc("general")} id="general">
        <FieldGrid
          fields={[
            { label: t("no"), value: bom.no },
            { label: t("description"), value: bom.description },
            { label: t("unitOfMeasureCode"), value: bom.unitOfMeasureCode },
            { label: t("status"), value: tm(`bomStatus.${bom.status}`), testId: "bom-status" },
          ]}
        />
      </CardSection>
      <CardSection title={t("lines")} id="lines">
        {canWrite && (
          <div className="mb-2">
            <CopyLinesDialog
              key={bom.version}
              title={te("copyBom")}
              kind="bom"
              no={bom.no}
              version={bom.version}
              sources={await listBomCopySources()}
              action={copyProductionBomAction}
            />
          </div>
        )}
        <BomLinesTable caption={t("lines")} lines={bom.lines} />
      </CardSection>
      <CardSection title={t("versions")} id="versions">
        {canWrite && (
          <Link href={`${card}/versions/new`} className={`${buttonClass("secondary")} mb-2`}>
            {te("newVersion")}
          </Link>
        )}
        <LinesTable
          caption={t("versions")}
          empty={tc("noRecords")}
          columns={[
            { key: "code", label: t("versionCode") },
            { key: "description", label: t("description") },
            { key: "starting", label: t("startingDate") },
            { key: "uom", label: t("unitOfMeasureCode") },
            { key: "status", label: t("status") },
          ]}
          rows={bom.versions.map((v) => ({
            key: v.versionCode,
            cells: {
              code: canWrite ? (
                <Link href={`${card}/versions/${encodeURIComponent(v.versionCode)}`} className="text-blue-700 hover:underline">
                  {v.versionCode}
                </Link>
              ) : (
                <a href={`#version-${v.versionCode}`} className="text-blue-700 hover:underline">
                  {v.versionCode}
                </a>
              ),
              description: v.description,
              starting: f.date(v.startingDate),
              uom: v.unitOfMeasureCode,
              status: tm(`bomStatus.${v.status}`),
            },
          }))}
        />
        {bom.versions.map((v) => (
          <div key={v.versionCode} id={`version-${v.versionCode}`} className="mt-4">
            <h3 className="text-sm font-medium text-slate-800 mb-1">{tm("versionLines", { code: v.versionCode })}</h3>
            <BomLinesTable caption={tm("versionLines", { code: v.versionCode })} lines={v.lines} />
          </div>
        ))}
      </CardSection>
      <CardSection title={tm("whereUsed")} id="where-used">
        <h3 className="text-sm font-medium text-slate-800 mb-1">{t("whereUsedItems")}</h3>
        <RecordList
          caption={t("whereUsedItems")}
          noLabel={t("no")}
          descriptionLabel={t("description")}
          records={bom.items}
          href={masterDataHref.item}
        />
        <h3 className="text-sm font-medium text-slate-800 mt-4 mb-1">{t("whereUsedBoms")}</h3>
        <RecordList
          caption={t("whereUsedBoms")}
          noLabel={t("no")}
          descriptionLabel={t("description")}
          records={bom.usedInBoms}
          href={masterDataHref.productionBom}
        />
      </CardSection>
    </>
  );
}
