import { getTranslations } from "next-intl/server";

// Admin pages refuse non-admins themselves: hiding the menu entry is not a check.
export async function Forbidden() {
  const t = await getTranslations("common");
  return (
    <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800" data-testid="forbidden">
      {t("forbidden")}
    </p>
  );
}
