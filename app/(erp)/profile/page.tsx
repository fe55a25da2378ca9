import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

/** The signed-in user's own settings: for now, their password. */
export default async function ProfilePage() {
  const user = await requireViewer("account.changePassword");
  const t = await getTranslations("account");
  return (
    <>
      <PageHeader title={t("title")} subtitle={`${user.name} (${user.email})`} />
      <ChangePasswordForm />
    </>
  );
}
