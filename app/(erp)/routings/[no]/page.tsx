import { IntentLink as Link } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CopyLinesDialog } from "@/components/master-data/bom-editor/copy-lines-dialog";
import { DeleteRecordButton } from "@/components/master-data/bom-editor/delete-record-button";
import { nextStatusOptions } from "@/components/master-data/bom-editor/status-options";
import { StatusControl } from "@/components/master-data/bom-editor/status-control";
import { masterDataHref } from "@/components/master-data/record-link";
import { buttonClass } from "@/components/ui/button";
import { userCan } from "@/lib/auth";
import { changeRoutingStatusAction, copyRoutingAction, deleteRoutingAction } from "@/lib/actions/master-data/routings";
import { listRoutingCopySources } from "@/lib/data/copy-sources";
import { RecordList } from "@/components/master-data/record-list";
import { RoutingLinesTable } from "@/components/master-data/routing-lines-table";
import { CardSection, FieldGrid, LinesTable } from "@/components/ui/card-section";
import { PageHeader } from "@/components/ui/page-header";
import { getRouting } from "@/lib/data/routings";
import { getFormat } from "@/lib/i18n/format";

export async function generateMetadata({ params }: { params: Promise<{ no: string }> }) {
  return { title: `${(await getTranslations("routings"))("card")} ${decodeURIComponent((await params).no)}` };
}

export default async function RoutingCardPage({ params }: { params: Promise<{ no: string }> }) {
  const routing = await getRouting(decodeURIComponent((await params).no));
  if (!routing) notFound();
  const t = await getTranslations("routings");
  const tm = await getTranslations("masterData");
  const tc = await getTranslations("common");
  const f = await getFormat();
  const canWrite = await userCan("masterData.write");
  const te = await getTranslations("routingEditor");
  const card = `/routings/${encodeURIComponent(routing.no)}`;
  return (
    <>
      <PageHeader
        title={`${t("card")} · ${routing.no}`}
        subtitle={routing.description}
        actions={
          canWrite ? (
            <>
              <Link href={`${card}/edit`} className={buttonClass("secondary")}>
                {te("edit")}
              </Link>
              <StatusControl
                key={routing.version}
                no={routing.no}
                version={routing.version}
                allowed={await nextStatusOptions(routing.status)}
                action={changeRoutingStatusAction}
              />
              <DeleteRecordButton
                no={routing.no}
                version={routing.version}
                then="/routings"
                action={deleteRoutingAction}
                confirmText={te("confirmDelete", { no: routing.no })}
              />
            </>
          ) : undefined
        }
      />
      <CardSection title={tc("general")} id="general">
        <FieldGrid
          fields={[
            { label: t("no"), value: routing.no },
            { label: t("description"), value: routing.description },
            { label: t("status"), value: tm(`bomStatus.${routing.status}`), testId: "routing-status" },
          ]}
        />
      </CardSection>
      <CardSection title={t("operations")} id="lines">
        <p className="text-xs text-slate-500 mb-1">{t("timesInMinutes")}</p>
        {canWrite && (
          <div className="mb-2">
            <CopyLinesDialog
              key={routing.version}
              title={te("copyRouting")}
              kind="routing"
              no={routing.no}
              version={routing.version}
              sources={await listRoutingCopySources()}
              action={copyRoutingAction}
            />
          </div>
        )}
        <RoutingLinesTable caption={t("operations")} lines={routing.lines} />
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
            { key: "status", label: t("status") },
          ]}
          rows={routing.versions.map((v) => ({
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
              status: tm(`bomStatus.${v.status}`),
            },
          }))}
        />
        {routing.versions.map((v) => (
          <div key={v.versionCode} id={`version-${v.versionCode}`} className="mt-4">
            <h3 className="text-sm font-medium text-slate-800 mb-1">{tm("versionLines", { code: v.versionCode })}</h3>
            <RoutingLinesTable caption={tm("versionLines", { code: v.versionCode })} lines={v.lines} />
          </div>
        ))}
      </CardSection>
      <CardSection title={tm("whereUsed")} id="where-used">
        <h3 className="text-sm font-medium text-slate-800 mb-1">{t("whereUsedItems")}</h3>
        <RecordList
          caption={t("whereUsedItems")}
          noLabel={t("no")}
          descriptionLabel={t("description")}
          records={routing.items}
          href={masterDataHref.item}
        />
        <h3 className="text-sm font-medium text-slate-800 mt-4 mb-1">{t("whereUsedFamilies")}</h3>
        <RecordList
          caption={t("whereUsedFamilies")}
          noLabel={t("no")}
          descriptionLabel={t("description")}
          records={routing.families}
          href={masterDataHref.family}
        />
      </CardSection>
    </>
  );
}
