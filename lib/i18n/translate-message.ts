// The pure part of translating the spec's English messages (no Next.js imports, so unit tests
// can use it). A message is matched against the English templates of the "domainErrors"
// catalog (e.g. "Item {no} does not exist.") in file order, and re-spoken from the same key of
// the target catalog with the values it contained.
//
// Two additions to plain template matching:
// - Keys starting with "part" (e.g. "partWorkCenter": "Work Center {no}", "partBaseUnitOfMeasure":
//   "Base Unit of Measure") are fragments: never matched as a whole message, only used to
//   translate the value of a placeholder.
// - The value of a placeholder named in TRANSLATED_PLACEHOLDERS (field captions, record labels,
//   lists of referrers, statuses, a nested message) is itself translated with the same catalog:
//   whole-message templates first, then fragments, in file order. A value nothing matches stays
//   as it is. Other placeholders ({no}, {code}, {max}, {name} …) are copied verbatim.

export type Catalog = Record<string, string>;

type Template = { re: RegExp; names: string[]; key: string; fragment: boolean };

export const TRANSLATED_PLACEHOLDERS: ReadonlySet<string> = new Set([
  "field",
  "what",
  "record",
  "referrers",
  "problem",
  "status",
  "fromStatus",
  "toStatus",
  "head",
  "tail",
]);

const FRAGMENT_PREFIX = /^part[A-Z0-9]/;
const MAX_DEPTH = 6;
const compiled = new WeakMap<Catalog, Template[]>();

function templates(en: Catalog): Template[] {
  const hit = compiled.get(en);
  if (hit) return hit;
  const list = Object.entries(en).map(([key, text]) => {
    const names: string[] = [];
    const pattern = text
      .split(/(\{[a-zA-Z]+\})/)
      .map((part) => {
        const m = /^\{([a-zA-Z]+)\}$/.exec(part);
        if (m) {
          names.push(m[1]);
          return "(.+?)";
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("");
    return { re: new RegExp(`^${pattern}$`), names, key, fragment: FRAGMENT_PREFIX.test(key) };
  });
  compiled.set(en, list);
  return list;
}

function translate(list: Template[], target: Catalog, text: string, depth: number): string {
  const asValue = depth > 0;
  for (const t of list) {
    if (t.fragment && !asValue) continue;
    const m = t.re.exec(text);
    if (!m || !target[t.key]) continue;
    return target[t.key].replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
      const value = m[t.names.indexOf(name) + 1] ?? "";
      return TRANSLATED_PLACEHOLDERS.has(name) && depth < MAX_DEPTH ? translate(list, target, value, depth + 1) : value;
    });
  }
  return text;
}

/** `message` (English, as services and schemas produce it) in the language of `target`. */
export function translateWith(en: Catalog, target: Catalog, message: string): string {
  return translate(templates(en), target, message, 0);
}
