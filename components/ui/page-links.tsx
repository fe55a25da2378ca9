import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";

/** Previous · Page x of y · Next, as links where there is a page to go to: lists' and cards' paging. */
export async function PageLinks({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const t = await getTranslations("common");
  return (
    <span className="flex items-center gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-blue-700 hover:underline">
          {t("previous")}
        </Link>
      ) : (
        <span className="text-slate-500" aria-disabled="true">
          {t("previous")}
        </span>
      )}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className="text-blue-700 hover:underline">
          {t("next")}
        </Link>
      ) : (
        <span className="text-slate-500" aria-disabled="true">
          {t("next")}
        </span>
      )}
    </span>
  );
}
