import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NavLinks, type NavSection } from "@/components/shell/nav-links";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { TellMe } from "@/components/shell/tell-me";
import { getCurrentUser } from "@/lib/auth";
import { signOutAction } from "@/lib/actions/auth";
import { can } from "@/lib/domain/auth/permissions";

export default async function ErpLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const t = await getTranslations();

  const sections: NavSection[] = [
    {
      title: t("nav.productionOrders"),
      links: [
        { href: "/production-orders/simulated", label: t("nav.simulated") },
        { href: "/production-orders/planned", label: t("nav.planned") },
        { href: "/production-orders/firm-planned", label: t("nav.firmPlanned") },
        { href: "/production-orders/released", label: t("nav.released") },
        { href: "/production-orders/finished", label: t("nav.finished") },
      ],
    },
    {
      title: t("nav.masterData"),
      links: [
        { href: "/items", label: t("nav.items") },
        { href: "/production-boms", label: t("nav.productionBoms") },
        { href: "/routings", label: t("nav.routings") },
        { href: "/work-centers", label: t("nav.workCenters") },
        { href: "/machine-centers", label: t("nav.machineCenters") },
        { href: "/families", label: t("nav.families") },
        { href: "/sales-orders", label: t("nav.salesOrders") },
        { href: "/locations", label: t("nav.locations") },
        { href: "/shop-calendars", label: t("nav.shopCalendars") },
      ],
    },
  ];
  if (can(user.role, "users.manage")) {
    sections.push({
      title: t("nav.administration"),
      links: [
        { href: "/admin/number-series", label: t("nav.noSeries") },
        { href: "/admin/manufacturing-setup", label: t("nav.manufacturingSetup") },
        { href: "/admin/users", label: t("nav.users") },
        { href: "/admin/import", label: t("nav.import") },
      ],
    });
  }

  return (
    <div className="min-h-screen flex">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2 focus:bg-white">{t("common.skipToContent")}</a>
      <aside className="w-60 shrink-0 bg-slate-900 text-slate-100 flex flex-col">
        <div className="px-4 py-3 border-b border-slate-700">
          <p className="text-xs uppercase tracking-wide text-slate-400">{t("common.company")}</p>
          <p className="font-semibold">{t("common.appName")}</p>
        </div>
        <NavLinks sections={sections} />
      </aside>
      <div className="flex-1 min-w-0 flex flex-col">
        <header className="h-12 bg-white border-b border-slate-200 flex items-center justify-end gap-4 px-4">
          <TellMe />
          <span className="text-sm text-slate-600" data-testid="current-user">
            {t("common.signedInAs", { name: user.name, role: t(`common.roles.${user.role}`) })}
          </span>
          <Link href="/profile" className="text-sm text-blue-700 hover:underline">{t("account.changePassword")}</Link>
          <LanguageSwitch />
          <form action={signOutAction}>
            <button type="submit" className="text-sm text-blue-700 hover:underline">{t("common.signOut")}</button>
          </form>
        </header>
        <main id="main" className="flex-1 p-4 min-w-0">{children}</main>
      </div>
    </div>
  );
}
