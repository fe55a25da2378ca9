import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Paging links under a table on a card page (the lines and components of a large order).
// Nothing is shown while everything fits on one page.
export async function CardPager({ label, page, pageSize, total, href }: {
  /** The table's name: each pager on a page is its own navigation landmark. */
  label: string;
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  const t = await getTranslations("common");
  const first = (page - 1) * pageSize + 1;
  return (
    <nav aria-label={t("pagesOf", { list: label })} className="mt-2 flex items-center justify-between text-sm text-slate-600">
      <span>{t("rowsRange", { from: first, to: Math.min(page * pageSize, total), total })}</span>
      <span className="flex items-center gap-3">
        {page > 1 ? <Link href={href(page - 1)} className="text-blue-700 hover:underline">{t("previous")}</Link> : <span className="text-slate-500" aria-disabled="true">{t("previous")}</span>}
        <span>{t("pageOf", { page, pages })}</span>
        {page < pages ? <Link href={href(page + 1)} className="text-blue-700 hover:underline">{t("next")}</Link> : <span className="text-slate-500" aria-disabled="true">{t("next")}</span>}
      </span>
    </nav>
  );
}
