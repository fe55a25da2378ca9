import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { ImportForm } from "@/components/master-data/import/import-form";
import { CardSection } from "@/components/ui/card-section";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { IMPORT_COLUMNS, IMPORT_KINDS, INSERT_REQUIRED, REQUIRED_COLUMNS } from "@/lib/validation/master-data/csv-import";

export async function generateMetadata() {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportPage() {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const t = await getTranslations("import");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <ImportForm />
      <CardSection title={t("columnsTitle")} id="columns">
        <p className="text-sm text-slate-600 mb-2">{t("columnsHint")}</p>
        <dl className="space-y-3 text-sm">
          {IMPORT_KINDS.map((kind) => (
            <div key={kind}>
              <dt className="font-medium text-slate-800">{t(`kinds.${kind}`)}</dt>
              <dd>
                <code className="block whitespace-pre-wrap break-words rounded bg-slate-50 p-2 text-xs" data-testid={`columns-${kind}`}>
                  {Object.keys(IMPORT_COLUMNS[kind]).join(",")}
                </code>
                <p className="text-xs text-slate-500 mt-1">
                  {t("required", { columns: REQUIRED_COLUMNS[kind].join(", ") })}{" "}
                  {INSERT_REQUIRED[kind].length > 0 && <>{t("insertRequired", { columns: INSERT_REQUIRED[kind].join(", ") })} </>}
                  {t(`notes.${kind}`)}
                </p>
              </dd>
            </div>
          ))}
        </dl>
      </CardSection>
    </>
  );
}
