import { IntentLink as Link } from "@/components/ui/intent-link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NavLinks, type NavSection } from "@/components/shell/nav-links";
import { KeyboardShortcuts } from "@/components/shell/keyboard-shortcuts";
import { RouteFocus } from "@/components/shell/route-focus";
import { MenuButton, NavDrawerProvider, NavSidebar } from "@/components/shell/nav-drawer";
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
    { title: t("shell.home"), links: [{ href: "/", label: t(`roleCenter.title.${user.role}`) }] },
    {
      title: t("nav.productionOrders"),
      links: [
        { href: "/production-orders/simulated", label: t("nav.simulated") },
        { href: "/production-orders/planned", label: t("nav.planned") },
        { href: "/production-orders/firm-planned", label: t("nav.firmPlanned") },
        { href: "/production-orders/released", label: t("nav.released") },
        { href: "/production-orders/finished", label: t("nav.finished") },
        ...(can(user.role, "planning.worksheet") ? [{ href: "/planning-worksheet", label: t("nav.planningWorksheet") }] : []),
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
    <NavDrawerProvider>
      <div className="min-h-screen flex">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2 focus:bg-white">
          {t("common.skipToContent")}
        </a>
        <NavSidebar closeLabel={t("shell.closeMenu")}>
          <div className="px-4 py-3 border-b border-slate-700">
            <p className="text-xs uppercase tracking-wide text-slate-400">{t("common.company")}</p>
            <p className="font-semibold">{t("common.appName")}</p>
          </div>
          <NavLinks sections={sections} />
        </NavSidebar>
        <div className="flex-1 min-w-0 flex flex-col">
          <header className="min-h-12 bg-white border-b border-slate-200 flex flex-wrap items-center justify-end gap-x-4 gap-y-1 px-2 sm:px-4 py-1">
            <MenuButton label={t("shell.menu")} />
            <span className="flex-1" />
            <TellMe />
            <span className="hidden md:inline text-sm text-slate-600" data-testid="current-user">
              {t("common.signedInAs", { name: user.name, role: t(`common.roles.${user.role}`) })}
            </span>
            <Link href="/profile" className="text-sm text-blue-700 hover:underline">
              {t("account.changePassword")}
            </Link>
            <KeyboardShortcuts />
            <LanguageSwitch />
            <form action={signOutAction}>
              <button type="submit" className="text-sm text-blue-700 hover:underline">
                {t("common.signOut")}
              </button>
            </form>
          </header>
          <main id="main" className="flex-1 p-2 sm:p-4 min-w-0">
            {children}
          </main>
          <RouteFocus />
        </div>
      </div>
    </NavDrawerProvider>
  );
}
