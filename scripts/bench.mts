// `npm run bench -- <name>` runs scripts/bench/<name>.mts. Each benchmark prints a readable
// table and, as its last line, `BENCH {json}`.
import { existsSync, readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";

const name = process.argv[2];
const dir = path.join("scripts", "bench");
const available = readdirSync(dir)
  .filter((f) => f.endsWith(".mts"))
  .map((f) => f.replace(/\.mts$/, ""));
if (!name || !existsSync(path.join(dir, `${name}.mts`))) {
  console.error(`usage: npm run bench -- <${available.join("|")}>`);
  process.exit(2);
}
const r = spawnSync(process.execPath, ["--import", "tsx", path.join(dir, `${name}.mts`), ...process.argv.slice(3)], { stdio: "inherit" });
process.exit(r.status ?? 1);
