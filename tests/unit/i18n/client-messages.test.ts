// The browser gets only the namespaces client code reads (lib/i18n/client-messages.ts): the
// root layout leaves the server-only ones out of NextIntlClientProvider. A namespace left out
// but read by a client component would show its keys instead of text, so the sources are
// scanned: no client component (nor a hook a client component may call) names one.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessages, SERVER_ONLY_NAMESPACES } from "@/lib/i18n/client-messages";
import { loadMessages } from "@/lib/i18n/request";

const root = process.cwd();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "generated" || name === "messages") return [];
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe("message catalogs sent to the browser", () => {
  it("hold every namespace but the server-only ones, in both languages", () => {
    for (const locale of ["en", "nl"] as const) {
      const all = loadMessages(locale);
      const sent = clientMessages(all);
      expect(Object.keys(sent).sort()).toEqual(
        Object.keys(all)
          .filter((n) => !(SERVER_ONLY_NAMESPACES as readonly string[]).includes(n))
          .sort(),
      );
      for (const namespace of SERVER_ONLY_NAMESPACES) expect(all).toHaveProperty(namespace);
      // AND what is left out is a real part of the payload (domainErrors alone is a third)
      expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(all).length * 0.7);
    }
  });

  it("no client component or hook names a server-only namespace", () => {
    const files = ["app", "components", "lib"].flatMap((d) => sources(path.join(root, d)));
    const clientSide = files.filter((f) => {
      const text = readFileSync(f, "utf8");
      return /^\s*["']use client["']/m.test(text) || /\buseTranslations\(/.test(text);
    });
    expect(clientSide.length).toBeGreaterThan(50);
    const offenders = clientSide.flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return SERVER_ONLY_NAMESPACES.filter((n) => new RegExp(`["'\`]${n}[."'\`]`).test(text)).map((n) => `${path.relative(root, f)}: ${n}`);
    });
    expect(offenders).toEqual([]);
  });

  it("the root layout hands the provider the client catalog", () => {
    const layout = readFileSync(path.join(root, "app", "layout.tsx"), "utf8");
    expect(layout).toMatch(/<NextIntlClientProvider messages=\{messages\}>/);
    expect(layout).toMatch(/clientMessages\(await getMessages\(\)\)/);
  });
});
