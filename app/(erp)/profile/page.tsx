import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ApiKeysPanel } from "@/components/account/api-keys-panel";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth";
import { apiKeysOf } from "@/lib/data/api-keys";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

/** The signed-in user's own settings: their password and their REST API keys. */
export default async function ProfilePage() {
  const user = await requireViewer("account.changePassword");
  const t = await getTranslations("account");
  return (
    <>
      <PageHeader title={t("title")} subtitle={`${user.name} (${user.email})`} />
      <ChangePasswordForm />
      <ApiKeysPanel keys={await apiKeysOf()} />
      <p className="mt-2 text-sm">
        <Link href="/api-reference" className="text-blue-700 underline">
          {t("apiReference")}
        </Link>
      </p>
    </>
  );
}
