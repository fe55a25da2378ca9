import { getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/ui/page-links";

// Paging links under a table on a card page (the lines and components of a large order).
// Nothing is shown while everything fits on one page.
export async function CardPager({
  label,
  page,
  pageSize,
  total,
  href,
}: {
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
      <PageLinks page={page} pages={pages} href={href} />
    </nav>
  );
}
