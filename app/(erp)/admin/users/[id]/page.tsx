import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ApiKeysPanel } from "@/components/account/api-keys-panel";
import { Forbidden } from "@/components/admin/forbidden";
import { FieldGrid } from "@/components/ui/card-section";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { apiKeysOf, userForCard } from "@/lib/data/api-keys";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("userCard") };
}

/** The admin's card of one user: who they are, and their REST API keys (issue 26). */
export default async function UserCardPage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await userCan("users.manage"))) return <Forbidden />;
  const { id } = await params;
  const user = await userForCard(id);
  if (!user) notFound();
  const t = await getTranslations("users");
  const tc = await getTranslations("common");
  return (
    <>
      <PageHeader title={`${t("userCard")}: ${user.name}`} subtitle={user.email} />
      <FieldGrid
        fields={[
          { label: t("name"), value: user.name },
          { label: t("email"), value: user.email },
          { label: t("role"), value: tc(`roles.${user.role as "planner" | "supervisor" | "admin"}`) },
        ]}
      />
      <ApiKeysPanel keys={await apiKeysOf(user.id)} userId={user.id} />
    </>
  );
}
