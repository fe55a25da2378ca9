import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { BomForm } from "@/components/master-data/bom-editor/bom-form";
import { CopyLinesDialog } from "@/components/master-data/bom-editor/copy-lines-dialog";
import { DeleteRecordButton } from "@/components/master-data/bom-editor/delete-record-button";
import { nextStatusOptions } from "@/components/master-data/bom-editor/status-options";
import { StatusControl } from "@/components/master-data/bom-editor/status-control";
import { bomRowsOf, isoDayOf } from "@/components/master-data/bom-editor/to-rows";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { changeBomStatusAction, copyProductionBomAction, deleteProductionBomAction } from "@/lib/actions/master-data/boms";
import { getProductionBom } from "@/lib/data/production-boms";
import { isEditable } from "@/lib/domain/bom/status-rules";

type Props = { params: Promise<{ no: string; code: string }> };

export async function generateMetadata({ params }: Props) {
  const { no, code } = await params;
  return { title: `${(await getTranslations("bomEditor"))("version")} ${decodeURIComponent(code)} · ${decodeURIComponent(no)}` };
}

export default async function BomVersionPage({ params }: Props) {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const { no, code } = await params;
  const bom = await getProductionBom(decodeURIComponent(no));
  const v = bom?.versions.find((x) => x.versionCode === decodeURIComponent(code));
  if (!bom || !v) notFound();
  const t = await getTranslations("bomEditor");
  const tm = await getTranslations("masterData");
  const card = `/production-boms/${encodeURIComponent(bom.no)}`;
  return (
    <>
      <PageHeader
        title={`${t("version")} ${v.versionCode} · ${bom.no}`}
        subtitle={<span data-testid="version-status">{tm(`bomStatus.${v.status}`)}</span>}
        actions={
          <>
            <StatusControl
              key={v.version}
              no={bom.no}
              versionCode={v.versionCode}
              version={v.version}
              allowed={await nextStatusOptions(v.status)}
              action={changeBomStatusAction}
            />
            <DeleteRecordButton
              no={bom.no}
              versionCode={v.versionCode}
              version={v.version}
              then={card}
              action={deleteProductionBomAction}
              confirmText={t("confirmDeleteVersion", { code: v.versionCode, no: bom.no })}
            />
          </>
        }
      />
      {!isEditable(v.status) && (
        <p role="note" className="mb-2 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("notEditableHint")}
        </p>
      )}
      {/* BC's version page: Copy BOM takes the BOM header's lines, Copy Version another version's. */}
      <div className="mb-2 flex flex-wrap gap-2">
        <CopyLinesDialog
          key={`bom-${v.version}`}
          title={t("copyBom")}
          kind="bom"
          no={bom.no}
          versionCode={v.versionCode}
          version={v.version}
          sources={[{ no: bom.no, description: bom.description, versions: [] }]}
          fixedNo={bom.no}
          action={copyProductionBomAction}
        />
        {bom.versions.length > 1 && (
          <CopyLinesDialog
            key={`version-${v.version}`}
            title={t("copyVersion")}
            kind="bom"
            no={bom.no}
            versionCode={v.versionCode}
            version={v.version}
            sources={[{ no: bom.no, description: bom.description, versions: bom.versions.map((x) => x.versionCode) }]}
            fixedNo={bom.no}
            header={false}
            excludeVersion={v.versionCode}
            action={copyProductionBomAction}
          />
        )}
      </div>
      <BomForm
        key={v.version}
        versionOf={bom.no}
        values={{
          no: bom.no,
          versionCode: v.versionCode,
          description: v.description,
          startingDate: isoDayOf(v.startingDate),
          unitOfMeasureCode: v.unitOfMeasureCode,
          version: v.version,
          lines: bomRowsOf(v.lines),
        }}
      />
    </>
  );
}
