import { Fragment, type ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { CopyLinesDialog } from "@/components/master-data/bom-editor/copy-lines-dialog";
import { DeleteRecordButton } from "@/components/master-data/bom-editor/delete-record-button";
import { nextStatusOptions } from "@/components/master-data/bom-editor/status-options";
import { StatusControl } from "@/components/master-data/bom-editor/status-control";
import {
  cardPathOf,
  KINDS,
  type ExtraColumn,
  type Header,
  type Version,
  type VersionedKind,
} from "@/components/master-data/bom-editor/versioned-kinds";
import { RecordList } from "@/components/master-data/record-list";
import { buttonClass } from "@/components/ui/button";
import { CardSection, FieldGrid, LinesTable } from "@/components/ui/card-section";
import { PageHeader } from "@/components/ui/page-header";
import type { BomStatus } from "@/lib/generated/prisma/enums";
import { getFormat } from "@/lib/i18n/format";

// The card of a Production BOM or Routing: head and General, Copy lines, Versions, Where-Used.

/**
 * The card's title (with Edit, Status and Delete for those who may write master data) and its
 * General section: No., Description, `fields` (of one record only), Status.
 */
export async function VersionedCardHead({
  kind,
  record,
  canWrite,
  fields = [],
}: {
  kind: VersionedKind;
  record: Header;
  canWrite: boolean;
  fields?: { label: string; value: ReactNode }[];
}) {
  const t = await getTranslations(KINDS[kind].namespace);
  const tm = await getTranslations("masterData");
  const tc = await getTranslations("common");
  return (
    <>
      <PageHeader
        title={`${t("card")} · ${record.no}`}
        subtitle={record.description}
        actions={canWrite ? <VersionedCardActions kind={kind} record={record} /> : undefined}
      />
      <CardSection title={tc("general")} id="general">
        <FieldGrid
          fields={[
            { label: t("no"), value: record.no },
            { label: t("description"), value: record.description },
            ...fields,
            { label: t("status"), value: tm(`bomStatus.${record.status}`), testId: `${kind}-status` },
          ]}
        />
      </CardSection>
    </>
  );
}

/** The card's actions for those who may write master data: Edit, Status, Delete. */
async function VersionedCardActions({ kind, record }: { kind: VersionedKind; record: Header }) {
  const k = KINDS[kind];
  const te = await getTranslations(k.editor);
  return (
    <>
      <Link href={`${cardPathOf(kind, record.no)}/edit`} className={buttonClass("secondary")}>
        {te("edit")}
      </Link>
      <StatusAndDelete
        kind={kind}
        no={record.no}
        target={{ version: record.version, status: record.status }}
        then={k.listPath}
        confirmText={te("confirmDelete", { no: record.no })}
      />
    </>
  );
}

/**
 * Status (to the statuses the rules allow next) and Delete of a record or, with a versionCode, of
 * one of its versions; `then`: where Delete goes.
 */
export async function StatusAndDelete({
  kind,
  no,
  target,
  then,
  confirmText,
}: {
  kind: VersionedKind;
  no: string;
  target: { versionCode?: string; version: number; status: BomStatus };
  then: string;
  confirmText: string;
}) {
  const k = KINDS[kind];
  return (
    <>
      <StatusControl
        key={target.version}
        no={no}
        versionCode={target.versionCode}
        version={target.version}
        allowed={await nextStatusOptions(target.status)}
        action={k.changeStatus}
      />
      <DeleteRecordButton
        no={no}
        versionCode={target.versionCode}
        version={target.version}
        then={then}
        action={k.remove}
        confirmText={confirmText}
      />
    </>
  );
}

/** Copy BOM / Copy Routing above the card's lines: another record's (or version's) lines. */
export async function CopyLinesAction({ kind, record }: { kind: VersionedKind; record: Header }) {
  const k = KINDS[kind];
  const te = await getTranslations(k.editor);
  return (
    <div className="mb-2">
      <CopyLinesDialog
        key={record.version}
        title={te(k.copyTitle)}
        kind={kind}
        no={record.no}
        version={record.version}
        sources={await k.copySources()}
        action={k.copy}
      />
    </div>
  );
}

/**
 * The Versions section: a row a version (a link to its editor for writers, else to its lines
 * below), then each version's lines. `before` = columns of one record only, before Status.
 */
export async function VersionsSection<V extends Version>({
  kind,
  no,
  versions,
  canWrite,
  before = [],
  lines,
}: {
  kind: VersionedKind;
  no: string;
  versions: V[];
  canWrite: boolean;
  before?: ExtraColumn<V>[];
  lines: (v: V, caption: string) => ReactNode;
}) {
  const k = KINDS[kind];
  const t = await getTranslations(k.namespace);
  const te = await getTranslations(k.editor);
  const tm = await getTranslations("masterData");
  const tc = await getTranslations("common");
  const f = await getFormat();
  const card = cardPathOf(kind, no);
  return (
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
          ...before.map(({ key, label }) => ({ key, label })),
          { key: "status", label: t("status") },
        ]}
        rows={versions.map((v) => ({
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
            ...Object.fromEntries(before.map((c) => [c.key, c.cell(v)])),
            status: tm(`bomStatus.${v.status}`),
          },
        }))}
      />
      {versions.map((v) => (
        <div key={v.versionCode} id={`version-${v.versionCode}`} className="mt-4">
          <h3 className="text-sm font-medium text-slate-800 mb-1">{tm("versionLines", { code: v.versionCode })}</h3>
          {lines(v, tm("versionLines", { code: v.versionCode }))}
        </div>
      ))}
    </CardSection>
  );
}

/** Where-Used: the records that point at this one, a titled list each. */
export async function WhereUsedSection({
  kind,
  lists,
}: {
  kind: VersionedKind;
  lists: { title: string; records: { no: string; description: string }[]; href: (no: string) => string }[];
}) {
  const t = await getTranslations(KINDS[kind].namespace);
  const tm = await getTranslations("masterData");
  return (
    <CardSection title={tm("whereUsed")} id="where-used">
      {lists.map((l, i) => (
        <Fragment key={l.title}>
          <h3 className={`text-sm font-medium text-slate-800 ${i > 0 ? "mt-4 " : ""}mb-1`}>{l.title}</h3>
          <RecordList caption={l.title} noLabel={t("no")} descriptionLabel={t("description")} records={l.records} href={l.href} />
        </Fragment>
      ))}
    </CardSection>
  );
}
