import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { CopyLinesDialog } from "@/components/master-data/bom-editor/copy-lines-dialog";
import { DeleteRecordButton } from "@/components/master-data/bom-editor/delete-record-button";
import { nextStatusOptions } from "@/components/master-data/bom-editor/status-options";
import { StatusControl } from "@/components/master-data/bom-editor/status-control";
import { isoDayOf, routingRowsOf } from "@/components/master-data/bom-editor/to-rows";
import { RoutingForm } from "@/components/master-data/routing-editor/routing-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { changeRoutingStatusAction, copyRoutingAction, deleteRoutingAction } from "@/lib/actions/master-data/routings";
import { getRouting } from "@/lib/data/routings";
import { isEditable } from "@/lib/domain/bom/status-rules";

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
  const t = await getTranslations("routingEditor");
  const tm = await getTranslations("masterData");
  const card = `/routings/${encodeURIComponent(routing.no)}`;
  return (
    <>
      <PageHeader
        title={`${t("version")} ${v.versionCode} · ${routing.no}`}
        subtitle={<span data-testid="version-status">{tm(`bomStatus.${v.status}`)}</span>}
        actions={
          <>
            <StatusControl
              key={v.version}
              no={routing.no}
              versionCode={v.versionCode}
              version={v.version}
              allowed={await nextStatusOptions(v.status)}
              action={changeRoutingStatusAction}
            />
            <DeleteRecordButton
              no={routing.no}
              versionCode={v.versionCode}
              version={v.version}
              then={card}
              action={deleteRoutingAction}
              confirmText={t("confirmDeleteVersion", { code: v.versionCode, no: routing.no })}
            />
          </>
        }
      />
      {!isEditable(v.status) && (
        <p role="note" className="mb-2 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("notEditableHint")}
        </p>
      )}
      {/* BC's version page: Copy Routing takes the routing header's lines, Copy Version another version's. */}
      <div className="mb-2 flex flex-wrap gap-2">
        <CopyLinesDialog
          key={`routing-${v.version}`}
          title={t("copyRouting")}
          kind="routing"
          no={routing.no}
          versionCode={v.versionCode}
          version={v.version}
          sources={[{ no: routing.no, description: routing.description, versions: [] }]}
          fixedNo={routing.no}
          action={copyRoutingAction}
        />
        {routing.versions.length > 1 && (
          <CopyLinesDialog
            key={`version-${v.version}`}
            title={t("copyVersion")}
            kind="routing"
            no={routing.no}
            versionCode={v.versionCode}
            version={v.version}
            sources={[{ no: routing.no, description: routing.description, versions: routing.versions.map((x) => x.versionCode) }]}
            fixedNo={routing.no}
            header={false}
            excludeVersion={v.versionCode}
            action={copyRoutingAction}
          />
        )}
      </div>
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
