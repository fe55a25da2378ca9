import { getTranslations } from "next-intl/server";
import { CopyLinesDialog } from "@/components/master-data/bom-editor/copy-lines-dialog";
import { StatusAndDelete } from "@/components/master-data/bom-editor/versioned-card";
import { cardPathOf, KINDS, type Version, type VersionedKind } from "@/components/master-data/bom-editor/versioned-kinds";
import { PageHeader } from "@/components/ui/page-header";
import { isEditable } from "@/lib/domain/bom/status-rules";
import type { BomStatus } from "@/lib/generated/prisma/enums";

/** Above the editor of a record or version that its status does not let be changed. */
export async function NotEditableNote({ kind, status }: { kind: VersionedKind; status: BomStatus }) {
  if (isEditable(status)) return null;
  const te = await getTranslations(KINDS[kind].editor);
  return (
    <p role="note" className="mb-2 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {te("notEditableHint")}
    </p>
  );
}

/**
 * A version's page above its editor: Status and Delete of the version, the not-editable note,
 * and BC's Copy BOM / Copy Routing (the header's lines) and Copy Version (another version's).
 */
export async function VersionPageFrame({
  kind,
  record,
  version: v,
  versionCodes,
}: {
  kind: VersionedKind;
  record: { no: string; description: string };
  version: Version;
  versionCodes: string[];
}) {
  const k = KINDS[kind];
  const te = await getTranslations(k.editor);
  const tm = await getTranslations("masterData");
  return (
    <>
      <PageHeader
        title={`${te("version")} ${v.versionCode} · ${record.no}`}
        subtitle={<span data-testid="version-status">{tm(`bomStatus.${v.status}`)}</span>}
        actions={
          <StatusAndDelete
            kind={kind}
            no={record.no}
            target={v}
            then={cardPathOf(kind, record.no)}
            confirmText={te("confirmDeleteVersion", { code: v.versionCode, no: record.no })}
          />
        }
      />
      <NotEditableNote kind={kind} status={v.status} />
      <div className="mb-2 flex flex-wrap gap-2">
        <CopyLinesDialog
          key={`${kind}-${v.version}`}
          title={te(k.copyTitle)}
          kind={kind}
          no={record.no}
          versionCode={v.versionCode}
          version={v.version}
          sources={[{ no: record.no, description: record.description, versions: [] }]}
          fixedNo={record.no}
          action={k.copy}
        />
        {versionCodes.length > 1 && (
          <CopyLinesDialog
            key={`version-${v.version}`}
            title={te("copyVersion")}
            kind={kind}
            no={record.no}
            versionCode={v.versionCode}
            version={v.version}
            sources={[{ no: record.no, description: record.description, versions: versionCodes }]}
            fixedNo={record.no}
            header={false}
            excludeVersion={v.versionCode}
            action={k.copy}
          />
        )}
      </div>
    </>
  );
}
