import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Forbidden } from "@/components/admin/forbidden";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRoleForm } from "@/components/admin/user-role-form";
import { ResetPasswordForm, UserStateForm } from "@/components/admin/user-row-actions";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { parseListParams, type RawSearchParams } from "@/lib/data/list-params";
import { listUsers, USER_FILTERS, USER_SORTS } from "@/lib/data/users";
import { ROLES } from "@/lib/domain/auth/permissions";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  if (!(await userCan("users.manage"))) return <Forbidden />;
  const t = await getTranslations("users");
  const tc = await getTranslations("common");
  const params = parseListParams(await searchParams, { sortable: USER_SORTS, defaultSort: "name", filters: USER_FILTERS });
  const page = await listUsers(params);
  const language = (locale: string) => (locale === "en" || locale === "nl" ? t(`languages.${locale}`) : locale);
  return (
    <>
      <PageHeader title={t("title")} />
      <CreateUserForm />
      <DataTable
        basePath="/admin/users"
        caption={t("title")}
        {...page}
        sort={params.sort}
        dir={params.dir}
        filterValues={params.filters}
        filters={[
          { name: "name", label: t("name") },
          { name: "email", label: t("email") },
          { name: "role", label: t("role"), type: "select", options: ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) })) },
        ]}
        columns={[
          { key: "name", label: t("name") },
          { key: "email", label: t("email") },
          { key: "locale", label: t("language") },
          { key: "role", label: t("role") },
          { key: "state", label: t("state") },
          { key: "actions", label: t("actions") },
        ]}
        rows={page.rows.map((u) => ({
          key: u.id,
          cells: {
            name: (
              <Link
                href={`/admin/users/${encodeURIComponent(u.id)}`}
                className="text-blue-700 underline"
                title={t("apiKeysOf", { name: u.name })}
              >
                {u.name}
              </Link>
            ),
            email: u.email,
            locale: language(u.locale),
            role: <UserRoleForm userId={u.id} name={u.name} role={u.role} />,
            state: <span data-testid="user-state">{t(u.banned ? "disabled" : "enabled")}</span>,
            actions: (
              <div className="flex flex-col gap-1">
                <UserStateForm userId={u.id} name={u.name} disabled={!!u.banned} />
                <ResetPasswordForm userId={u.id} name={u.name} />
              </div>
            ),
          },
        }))}
      />
    </>
  );
}
