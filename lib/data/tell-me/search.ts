import "server-only";
import { db } from "@/lib/db";
import { rawPoolOf } from "@/lib/db-client";
import type { CurrentUser } from "@/lib/auth";
import { can } from "@/lib/domain/auth/permissions";
import { DESTINATIONS, orderCardOf, type Destination } from "@/lib/domain/tell-me/destinations";
import { bestTier, rank, type Tier } from "@/lib/domain/tell-me/rank";
import { DATA_KINDS, searchCompanyData, type DataKind } from "@/lib/data/tell-me/company-data";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/request";

// Tell Me's search use case (issue 24): the pages and actions the viewer's role may open, and
// the company data they may read, ranked (lib/domain/tell-me/rank.ts) and grouped by type.
// Nothing the role may not open is in the answer: the client only shows what comes back.

export type TellMeItem = { href: string; label: string; detail: string; tier: Tier; command?: Destination["onOrderCard"] };
export type TellMeGroup = { kind: "pages" | "actions" | DataKind; items: TellMeItem[] };

export const MAX_QUERY = 50;
const PER_GROUP = 5;
const RECENTS_READ = 20;

function message(locale: Locale, key: string): string {
  let node: unknown = loadMessages(locale);
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : "";
}

/** A destination's caption and search terms, in the viewer's language and in English. */
function texts(d: Destination, locale: Locale): string[] {
  const terms = (l: Locale) =>
    message(l, `tellMe.terms.${d.id}`)
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  return [message(locale, d.caption), message("en", d.caption), ...terms(locale), ...terms("en")];
}

/** The data types a role may read. */
function readableKinds(role: CurrentUser["role"]): DataKind[] {
  return DATA_KINDS.filter((k) => (k === "productionOrder" ? can(role, "orders.read") : can(role, "masterData.read")));
}

export async function recentHrefs(userId: string): Promise<string[]> {
  const rows = await db.tellMeRecent.findMany({
    where: { userId },
    orderBy: { openedAt: "desc" },
    take: RECENTS_READ,
    select: { href: true },
  });
  return rows.map((r) => r.href);
}

export async function searchTellMe(
  user: Pick<CurrentUser, "id" | "role">,
  input: { query: string; path: string },
  locale: Locale,
): Promise<TellMeGroup[]> {
  const query = input.query.trim().slice(0, MAX_QUERY);
  if (!query) return [];
  const card = orderCardOf(input.path);
  const pool = rawPoolOf(db);
  if (!pool) throw new Error("Tell Me: the database pool is not reachable");
  const [recents, data] = await Promise.all([recentHrefs(user.id), searchCompanyData(pool, query, readableKinds(user.role))]);

  const destinations = { pages: [] as TellMeItem[], actions: [] as TellMeItem[] };
  for (const d of DESTINATIONS) {
    if (!can(user.role, d.permission) || (d.onOrderCard && !card)) continue;
    const tier = bestTier(query, texts(d, locale));
    if (tier === null) continue;
    const href = d.onOrderCard ? input.path : d.href;
    const detail = d.onOrderCard ? card!.no : "";
    destinations[d.kind === "page" ? "pages" : "actions"].push({
      href,
      label: message(locale, d.caption),
      detail,
      tier,
      ...(d.onOrderCard ? { command: d.onOrderCard } : {}),
    });
  }

  const groups: TellMeGroup[] = [
    { kind: "pages", items: rank(destinations.pages, recents) },
    { kind: "actions", items: rank(destinations.actions, recents) },
  ];
  for (const kind of DATA_KINDS) {
    const items = data
      .filter((h) => h.kind === kind)
      .map((h): TellMeItem => ({
        href: h.href,
        label: h.no,
        detail: kind === "productionOrder" ? `${message(locale, `tellMe.statuses.${h.extra}`)} · ${h.text}` : h.text,
        tier: h.tier,
      }));
    groups.push({ kind, items: rank(items, recents) });
  }
  const recency = new Map(recents.map((h, i) => [h, i]));
  const head = (g: TellMeGroup) => [g.items[0].tier, recency.get(g.items[0].href) ?? Number.MAX_SAFE_INTEGER];
  // Groups in the order of their best item (tier, then recency); pages before data on a tie.
  return groups
    .filter((g) => g.items.length > 0)
    .map((g) => ({ ...g, items: g.items.slice(0, PER_GROUP) }))
    .map((g, i) => ({ g, i, key: head(g) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.i - b.i)
    .map(({ g }) => g);
}
