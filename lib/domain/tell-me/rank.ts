// Tell Me's ranking (issue 24), pure: exact and prefix matches first, then "contains", then
// typos of one or two characters; within a tier the user's recently opened destinations first.
// The database ranks company data the same way (lib/data/tell-me), this ranks pages, actions
// and the merged list.

export const TIERS = { exact: 0, prefix: 1, contains: 2, fuzzy: 3 } as const;
export type Tier = (typeof TIERS)[keyof typeof TIERS];

/** Lower case, accents and punctuation runs folded to one space ("Prod." ≈ "prod"). */
export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Edits (insert, delete, substitute, swap of neighbours) turning a into b; stops past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/** Typos tolerated: none below 3 characters, one up to 5, two from 6. */
export const allowedTypos = (length: number) => (length < 3 ? 0 : length < 6 ? 1 : 2);

/** How `query` matches `text` (both as typed), or null when it does not. */
export function matchTier(query: string, text: string): Tier | null {
  const q = normalize(query);
  const t = normalize(text);
  if (!q || !t) return null;
  if (t === q) return TIERS.exact;
  if (t.startsWith(q)) return TIERS.prefix;
  if (t.includes(q)) return TIERS.contains;
  const max = allowedTypos(q.length);
  if (max === 0) return null;
  // The typed text against the text from each word's start, as long as it was typed (± the
  // typos allowed): "frim planned" finds "Firm Planned Prod. Orders". From 6 characters also
  // inside a word, for Dutch compounds: "stuklijts" finds "Productiestuklijsten".
  const starts = q.length >= 6 ? [...t].map((_, i) => i) : [0, ...[...t.matchAll(/ /g)].map((m) => m.index + 1)];
  for (const s of starts) {
    for (let len = q.length - max; len <= q.length + max; len++) {
      if (len < 1 || s + len > t.length) continue;
      if (editDistance(q, t.slice(s, s + len), max) <= max) return TIERS.fuzzy;
    }
  }
  return null;
}

/** The best tier of a query over several texts (a caption in two languages, search terms). */
export function bestTier(query: string, texts: readonly string[]): Tier | null {
  let best: Tier | null = null;
  for (const text of texts) {
    const tier = matchTier(query, text);
    if (tier !== null && (best === null || tier < best)) best = tier;
    if (best === TIERS.exact) break;
  }
  return best;
}

export type Ranked = { href: string; label: string; tier: Tier };

/**
 * Best first: lower tier, then opened more recently (recents: hrefs, latest first), then the
 * shorter label (the closer match), then alphabetical.
 */
export function rank<T extends Ranked>(results: readonly T[], recents: readonly string[]): T[] {
  const recency = new Map(recents.map((href, i) => [href, i]));
  const r = (href: string) => recency.get(href) ?? Number.MAX_SAFE_INTEGER;
  return [...results].sort(
    (a, b) => a.tier - b.tier || r(a.href) - r(b.href) || a.label.length - b.label.length || a.label.localeCompare(b.label),
  );
}
