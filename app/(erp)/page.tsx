import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CueGroups } from "@/components/role-center/cue-groups";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth";
import { adminCues, plannerCues, supervisorCues } from "@/lib/data/role-center";
import { isRole, type Role } from "@/lib/domain/auth/permissions";

// The start page is the signed-in user's Role Center: their cues, one query per group.
const CUES: Record<Role, () => Promise<Awaited<ReturnType<typeof plannerCues>>>> = {
  planner: () => plannerCues(),
  supervisor: () => supervisorCues(),
  admin: () => adminCues(),
};

export async function generateMetadata() {
  const user = await getCurrentUser();
  const t = await getTranslations("roleCenter");
  return { title: isRole(user?.role) ? t(`title.${user.role}`) : undefined };
}

export default async function RoleCenterPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!isRole(user.role)) redirect("/production-orders/firm-planned");
  const t = await getTranslations("roleCenter");
  const groups = await CUES[user.role]();
  return (
    <>
      <PageHeader title={t(`title.${user.role}`)} />
      <CueGroups groups={groups} />
    </>
  );
}
