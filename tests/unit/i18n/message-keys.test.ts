import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every message the code shows a user is named by a key of the "domainErrors" catalog
// (lib/i18n/domain-message.ts). tsc checks the keys passed to msg() and friends (MessageKey);
// (tables of keys are typed MessageKey or CaptionKey too); this scans the sources as well, so a
// key passed where tsc cannot see it still has to exist in the catalog, and nothing translates
// English text any more.

const root = process.cwd();
const catalog = JSON.parse(readFileSync(path.join(root, "lib", "i18n", "messages", "en", "domainErrors.json"), "utf8")) as Record<
  string,
  string
>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "generated" || name === "messages") return [];
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const files = ["lib", "app", "components"].flatMap((d) => sources(path.join(root, d)));
const CALL = /\b(?:msg|messageText|zodMessage|NotFoundError)\(\s*"([A-Za-z0-9]+)"/g;
const FRAGMENT = /"(part[A-Z][A-Za-z0-9]*)"/g;

describe("message keys used in code", () => {
  it("finds the sources to scan", () => {
    expect(files.some((f) => f.endsWith(path.join("lib", "errors.ts")))).toBe(true);
  });

  it("exist in the catalog: every msg(), messageText(), zodMessage() key and every caption fragment", () => {
    const missing: string[] = [];
    let used = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const [, key] of [...text.matchAll(CALL), ...text.matchAll(FRAGMENT)]) {
        used++;
        if (!(key in catalog)) missing.push(`${path.relative(root, file)}: ${key}`);
      }
    }
    expect(used).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });

  it("never translate by matching English text: the regular-expression matcher is gone", () => {
    const offenders = files.filter((f) => /translate-message|translateWith|translateMessage/.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });
});
