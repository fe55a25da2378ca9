import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";

// Shown inside the ERP shell when a card page calls notFound() for a missing record.
export default async function ErpNotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="max-w-xl bg-white rounded border border-slate-200 p-4 space-y-3" data-testid="not-found">
      <h1 className="text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="text-sm text-slate-700">{t("notFoundMessage")}</p>
      <Link href="/" className="text-sm text-blue-700 hover:underline">
        {t("home")}
      </Link>
    </div>
  );
}
