// Whether `npm start` must build before it serves: the build is stamped with a hash of the sources
// it was made from (.next/SOURCES_HASH, next to BUILD_ID), and a start whose sources hash
// differently rebuilds. Without this, a start after `git pull` served the previous build.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What a production build is made of (generated Prisma client included: it follows the schema). */
const SOURCES = [
  "app",
  "components",
  "lib",
  "prisma",
  "public",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];
const SKIP = new Set(["node_modules", ".next", ".data"]);
export const STAMP_FILE = path.join(".next", "SOURCES_HASH");

export type BuildState = { forced: boolean; hasBuild: boolean; builtFrom: string | null; sources: string };

/** The rebuild decision, pure: forced, no build yet, or a build made from other sources. */
export function needsBuild(s: BuildState): { build: boolean; why: string } {
  if (s.forced) return { build: true, why: "FORCE_BUILD=1" };
  if (!s.hasBuild) return { build: true, why: "no build yet" };
  if (s.builtFrom !== s.sources)
    return { build: true, why: s.builtFrom ? "the sources changed since the last build" : "the last build has no sources stamp" };
  return { build: false, why: "the build is up to date" };
}

/** A hash of every file under SOURCES (paths and contents, in a stable order). */
export function sourcesHash(root = "."): string {
  const hash = createHash("sha256");
  const visit = (rel: string) => {
    const abs = path.join(root, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) if (!SKIP.has(name)) visit(path.join(rel, name));
      return;
    }
    hash.update(`${rel}\0`);
    hash.update(readFileSync(abs));
    hash.update("\0");
  };
  for (const s of SOURCES) visit(s);
  return hash.digest("hex");
}

export function buildState(forced: boolean, root = "."): BuildState {
  const stamp = path.join(root, STAMP_FILE);
  return {
    forced,
    hasBuild: existsSync(path.join(root, ".next", "BUILD_ID")),
    builtFrom: existsSync(stamp) ? readFileSync(stamp, "utf8").trim() : null,
    sources: sourcesHash(root),
  };
}

export function stampBuild(sources: string, root = ".") {
  writeFileSync(path.join(root, STAMP_FILE), `${sources}\n`);
}
