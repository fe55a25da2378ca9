// Tell Me's ranking (issue 24), pure: exact and prefix matches first, then "contains", then
// typos of one or two characters; within a tier the user's recently opened destinations first.
// The database ranks company data the same way (lib/data/tell-me), this ranks pages, actions
// and the merged list.

export const TIERS = { exact: 0, prefix: 1, contains: 2, fuzzy: 3 } as const;
export type Tier = (typeof TIERS)[keyof typeof TIERS];

/** Lower case, accents and punctuation runs folded to one space ("Prod." ≈ "prod"). */
export function normalize(text: string): string {
  let n = NORMALIZED.get(text);
  if (n === undefined) {
    n = fold(text);
    // Captions and search terms are a few hundred texts; typed queries are not kept forever.
    if (NORMALIZED.size >= 5_000) NORMALIZED.clear();
    NORMALIZED.set(text, n);
  }
  return n;
}
const NORMALIZED = new Map<string, string>();

function fold(text: string): string {
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
  if (q.length >= 6) return typosWithin(q, t, -1, max) ? TIERS.fuzzy : null;
  for (let s = 0; s < t.length; s++) {
    if ((s === 0 || t[s - 1] === " ") && typosWithin(q, t, s, max)) return TIERS.fuzzy;
  }
  return null;
}

/**
 * Whether some part of `t` is at most `max` edits (editDistance's) from `q`: the part starting
 * at `start`, or anywhere when `start` is -1. One table for all the part's lengths (its last
 * row holds q against every one of them) instead of one per length; -1 lets every column start
 * a part (a zero first row). Called for every page and action on every keystroke, so it reuses
 * its rows and stops as soon as a row is past `max`.
 */
function typosWithin(q: string, t: string, start: number, max: number): boolean {
  const from = Math.max(start, 0);
  const n = Math.min(t.length - from, start < 0 ? t.length : q.length + max);
  if (n <= 0) return false;
  let before = ROWS[0].fill(0, 0, n + 1),
    prev = ROWS[1],
    row = ROWS[2];
  if (n + 1 > prev.length) [before, prev, row] = [new Array(n + 1).fill(0), new Array(n + 1), new Array(n + 1)];
  for (let j = 0; j <= n; j++) prev[j] = start < 0 ? 0 : j;
  for (let i = 1; i <= q.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const a = q[i - 1],
        b = t[from + j - 1];
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a === b ? 0 : 1));
      if (i > 1 && j > 1 && a === t[from + j - 2] && q[i - 2] === b) d = Math.min(d, before[j - 2] + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return false;
    [before, prev, row] = [prev, row, before];
  }
  for (let j = 1; j <= n; j++) if (prev[j] <= max) return true;
  return false;
}
const ROWS = [new Array<number>(128).fill(0), new Array<number>(128), new Array<number>(128)];

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
