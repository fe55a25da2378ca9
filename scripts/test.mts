// `npm test`: lint, typecheck, unit, integration, e2e and cluster tiers, then one closing line
// `N passed, N failed` (CI reads it). Lint and typecheck count as one check each.
// With CI_SERVER_DATABASE_URL set (a PostgreSQL server where tests may create databases),
// the integration tier runs a second time against that server.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

type Tally = { name: string; passed: number; failed: number };
const tallies: Tally[] = [];
mkdirSync("test-results", { recursive: true });
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${cmd} ${args.join(" ")}`);
  return spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
}

function check(name: string, cmd: string, args: string[]) {
  const ok = run(cmd, args) === 0;
  tallies.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

function vitest(name: string, project: string, env: Record<string, string> = {}) {
  const out = `test-results/${name}.json`;
  rmSync(out, { force: true });
  const status = run(
    "npx",
    ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
    env,
  );
  if (!existsSync(out)) return void tallies.push({ name, passed: 0, failed: 1 });
  const r = JSON.parse(readFileSync(out, "utf8"));
  const failed = r.numFailedTests + (status !== 0 && r.numFailedTests === 0 ? 1 : 0);
  tallies.push({ name, passed: r.numPassedTests, failed });
}

/**
 * The e2e tier drives Debian's Chromium (Playwright's own download cannot work offline). On a
 * fresh Debian machine run as root, install it here, so the README's command works as written;
 * elsewhere the Playwright config stops with a message saying what to install.
 */
function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(path) || process.env.CHROMIUM_PATH) return;
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return;
  console.log("\n▶ Chromium is missing: apt-get install -y chromium");
  const quiet = { stdio: "inherit" as const, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } };
  spawnSync("apt-get", ["update", "-qq"], quiet);
  spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], quiet);
}

function playwright() {
  ensureChromium();
  const out = "test-results/e2e.json";
  rmSync(out, { force: true });
  const status = run("npx", ["playwright", "test"]);
  if (!existsSync(out)) return void tallies.push({ name: "e2e", passed: 0, failed: 1 });
  const s = JSON.parse(readFileSync(out, "utf8")).stats;
  const failed = s.unexpected + s.flaky + (status !== 0 && s.unexpected === 0 ? 1 : 0);
  tallies.push({ name: "e2e", passed: s.expected, failed });
}

// `npm test` runs every tier; `npm test -- e2e unit` only the ones named.
const only = new Set(process.argv.slice(2));
const wanted = (tier: string) => only.size === 0 || only.has(tier);
// lint: ESLint and the formatter (Prettier), as `npm run lint` runs them.
if (wanted("lint")) check("lint", "npm", ["run", "lint"]);
if (wanted("typecheck")) check("typecheck", "npx", ["tsc", "--noEmit", "-p", "."]);
if (wanted("unit")) vitest("unit", "unit");
if (wanted("integration")) vitest("integration", "integration");
if (wanted("integration") && process.env.CI_SERVER_DATABASE_URL) {
  vitest("integration-server", "integration", { TEST_ADMIN_DATABASE_URL: process.env.CI_SERVER_DATABASE_URL });
}
if (wanted("e2e")) playwright();
// Many app servers, one database (tests/cluster): HAProxy, two nodes on the build the e2e tier has
// just made, PgBouncer in transaction mode. Its global setup installs haproxy and pgbouncer as
// root on Debian (scripts/cluster/parts.mts), as the e2e tier installs Chromium.
if (wanted("cluster")) vitest("cluster", "cluster");

console.log("\nSummary");
for (const t of tallies) console.log(`  ${t.name.padEnd(20)} ${t.passed} passed, ${t.failed} failed`);
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
