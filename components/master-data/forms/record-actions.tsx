import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { DeleteRecordButton } from "@/components/master-data/forms/delete-record-button";
import { buttonClass } from "@/components/ui/button";
import { userCan } from "@/lib/auth";
import type { ActionResult } from "@/lib/actions/run-action";

// Edit and Delete on a master-data card, and New on a list: shown to admins only (the actions
// check the permission again — hiding a button is not a check).

export async function CardActions({
  editHref,
  deleteAction,
  deleteFields,
  name,
  listHref,
}: {
  editHref: string;
  deleteAction: (prev: unknown, form: FormData) => Promise<ActionResult<unknown>>;
  deleteFields: Record<string, string | number>;
  name: string;
  listHref: string;
}) {
  if (!(await userCan("masterData.write"))) return null;
  const t = await getTranslations("masterDataForms");
  return (
    <>
      <Link href={editHref} className={buttonClass("secondary")}>
        {t("edit")}
      </Link>
      <DeleteRecordButton action={deleteAction} fields={deleteFields} name={name} listHref={listHref} />
    </>
  );
}

/** New on a list; `shortcut` (the first New of a page): Alt+N presses it. */
export async function NewButton({ href, label, shortcut = true }: { href: string; label?: string; shortcut?: boolean }) {
  if (!(await userCan("masterData.write"))) return null;
  const t = await getTranslations("masterDataForms");
  return (
    <Link href={href} className={buttonClass("primary")} {...(shortcut ? { "data-shortcut": "new", "aria-keyshortcuts": "Alt+N" } : {})}>
      {label ? `${t("new")}: ${label}` : t("new")}
    </Link>
  );
}
