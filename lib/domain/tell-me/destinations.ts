import type { Permission } from "@/lib/domain/auth/permissions";

// Tell Me's pages and actions (issue 24): where each leads, the permission it needs and the
// catalog keys of its caption and extra search terms (tellMe.terms.<id>, both languages). A
// destination the role may not open is never offered: the server filters by `permission`.

export type Destination = {
  id: string;
  kind: "page" | "action";
  href: string;
  /** Message key of the caption (nav.*, tellMe.*). */
  caption: string;
  permission: Permission;
  /** Offered only on an order card (the action runs on that order). */
  onOrderCard?: "refresh" | "replan" | "changeStatus";
};

const page = (id: string, href: string, caption: string, permission: Permission): Destination => ({
  id,
  kind: "page",
  href,
  caption,
  permission,
});

export const DESTINATIONS: readonly Destination[] = [
  page("simulated", "/production-orders/simulated", "nav.simulated", "orders.read"),
  page("planned", "/production-orders/planned", "nav.planned", "orders.read"),
  page("firmPlanned", "/production-orders/firm-planned", "nav.firmPlanned", "orders.read"),
  page("released", "/production-orders/released", "nav.released", "orders.read"),
  page("finished", "/production-orders/finished", "nav.finished", "orders.read"),
  page("planningWorksheet", "/planning-worksheet", "nav.planningWorksheet", "planning.worksheet"),
  page("items", "/items", "nav.items", "masterData.read"),
  page("productionBoms", "/production-boms", "nav.productionBoms", "masterData.read"),
  page("routings", "/routings", "nav.routings", "masterData.read"),
  page("workCenters", "/work-centers", "nav.workCenters", "masterData.read"),
  page("machineCenters", "/machine-centers", "nav.machineCenters", "masterData.read"),
  page("families", "/families", "nav.families", "masterData.read"),
  page("salesOrders", "/sales-orders", "nav.salesOrders", "masterData.read"),
  page("locations", "/locations", "nav.locations", "masterData.read"),
  page("shopCalendars", "/shop-calendars", "nav.shopCalendars", "masterData.read"),
  page("noSeries", "/admin/number-series", "nav.noSeries", "noSeries.manage"),
  page("manufacturingSetup", "/admin/manufacturing-setup", "nav.manufacturingSetup", "setup.manage"),
  page("users", "/admin/users", "nav.users", "users.manage"),
  page("import", "/admin/import", "nav.import", "masterData.write"),
  page("profile", "/profile", "account.changePassword", "account.changePassword"),
  {
    id: "newFirmPlanned",
    kind: "action",
    href: "/production-orders/new?status=FIRM_PLANNED",
    caption: "tellMe.actions.newFirmPlanned",
    permission: "orders.create",
  },
  { id: "newItem", kind: "action", href: "/items/new", caption: "tellMe.actions.newItem", permission: "masterData.write" },
  { id: "refresh", kind: "action", href: "", caption: "tellMe.actions.refresh", permission: "orders.refresh", onOrderCard: "refresh" },
  { id: "replan", kind: "action", href: "", caption: "tellMe.actions.replan", permission: "orders.replan", onOrderCard: "replan" },
  {
    id: "changeStatus",
    kind: "action",
    href: "",
    caption: "tellMe.actions.changeStatus",
    permission: "orders.changeStatus",
    onOrderCard: "changeStatus",
  },
];

/** The order card a path shows (an open order: a finished one has no actions), or null. */
export function orderCardOf(pathname: string): { statusSlug: string; no: string } | null {
  const m = /^\/production-orders\/(simulated|planned|firm-planned|released)\/([^/?#]+)$/.exec(pathname);
  return m ? { statusSlug: m[1], no: decodeURIComponent(m[2]) } : null;
}
