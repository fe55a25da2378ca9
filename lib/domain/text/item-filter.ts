// The Calculate Regenerative Plan dialog's item filter, in BC's filter notation for a code field:
// alternatives separated by "|", a range "from..to" (either end may be open), "*" as a wildcard;
// blank = every item. Codes compare as BC compares them (case-insensitively, as stored upper case).

export type ItemFilter = (itemNo: string) => boolean;

function part(expr: string): ItemFilter {
  const p = expr.trim().toUpperCase();
  const range = p.indexOf("..");
  if (range >= 0) {
    const from = p.slice(0, range).trim();
    const to = p.slice(range + 2).trim();
    return (no) => (!from || no.toUpperCase() >= from) && (!to || no.toUpperCase() <= to);
  }
  if (p.includes("*")) {
    const re = new RegExp(
      `^${p
        .split("*")
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*")}$`,
    );
    return (no) => re.test(no.toUpperCase());
  }
  return (no) => no.toUpperCase() === p;
}

/** null when the filter is blank (every item). */
export function parseItemFilter(filter: string | null | undefined): ItemFilter | null {
  const parts = (filter ?? "").split("|").filter((s) => s.trim() !== "");
  if (parts.length === 0) return null;
  const tests = parts.map(part);
  return (no) => tests.some((t) => t(no));
}
