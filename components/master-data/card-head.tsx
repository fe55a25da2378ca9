import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { CardActions } from "@/components/master-data/forms/record-actions";
import { CardSection, FieldGrid } from "@/components/ui/card-section";
import { PageHeader } from "@/components/ui/page-header";
import type { ActionResult } from "@/lib/actions/run-action";

/**
 * The top of a master-data card (item, family, location, work or machine center): "<card> · <key>"
 * with Edit and Delete for those who may write master data, then the General section. The
 * record's key is its No. or Code; Edit is `<listPath>/<key>/edit`, Delete returns to the list.
 */
export async function MasterDataCardHead({
  card,
  recordKey,
  version,
  subtitle,
  listPath,
  deleteAction,
  fields,
}: {
  /** The card's caption, e.g. "Item Card". */
  card: string;
  recordKey: { name: "no" | "code"; value: string };
  version: number;
  subtitle: string;
  listPath: string;
  deleteAction: (prev: unknown, form: FormData) => Promise<ActionResult<unknown>>;
  fields: { label: string; value: ReactNode; testId?: string }[];
}) {
  const tc = await getTranslations("common");
  const key = recordKey.value;
  return (
    <>
      <PageHeader
        title={`${card} · ${key}`}
        subtitle={subtitle}
        actions={
          <CardActions
            editHref={`${listPath}/${encodeURIComponent(key)}/edit`}
            deleteAction={deleteAction}
            deleteFields={{ [recordKey.name]: key, version }}
            name={`${card} ${key}`}
            listHref={listPath}
          />
        }
      />
      <CardSection title={tc("general")} id="general">
        <FieldGrid fields={fields} />
      </CardSection>
    </>
  );
}
