import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getCurrentUser } from "@/lib/auth";
import { secureCookieWillBeDropped } from "@/lib/domain/http/secure-cookie";
import { env } from "@/lib/env";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/seed/demo-users";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await getCurrentUser()) redirect("/");
  const { next } = await searchParams;
  const t = await getTranslations();
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "";
  const cookieDropped = secureCookieWillBeDropped({
    secureCookies: env.secureCookies,
    protocol: h.get("x-forwarded-proto") ?? "http",
    host,
  });
  return (
    <main className="min-h-screen flex items-center justify-center p-4">
      <div className="w-full max-w-sm bg-white rounded-lg shadow p-6 space-y-4">
        <div className="flex items-center justify-between">
          <div>
            <p className="text-xs uppercase tracking-wide text-slate-500">{t("common.company")}</p>
            <h1 className="text-xl font-semibold">{t("auth.title")}</h1>
          </div>
          <LanguageSwitch />
        </div>
        {cookieDropped && (
          <p role="alert" data-testid="insecure-http" className="text-sm text-amber-900 bg-amber-50 border border-amber-300 rounded p-2">
            {t("auth.insecureHttp", { host })}
          </p>
        )}
        <LoginForm next={typeof next === "string" ? next : undefined} />
        {/* The password is a parameter, not catalog text: the catalog reaches every browser. */}
        {env.showDemoUsers && (
          <p className="text-xs text-slate-500">
            {t("auth.demoHint", { users: DEMO_USERS.map((u) => u.email).join(", "), password: DEMO_PASSWORD })}
          </p>
        )}
      </div>
    </main>
  );
}
