// The app as production runs it, for the HTTP benchmark: `next build` and `next start` on a port
// of its own, against the benchmark's database. Other helpers rebuild .next in this shared tree
// at any time (a rebuild under a running server breaks it, and a build of ours would break
// theirs), so the benchmark builds and serves a private copy of the project under /tmp:
// sources copied, node_modules hard-linked (Turbopack refuses a symlink out of its root).
// BENCH_SKIP_BUILD=1 serves a copy of the existing .next instead of building; BENCH_APP_DIR
// serves a project copy built earlier.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SKIP = new Set(["node_modules", ".next", ".data", ".git", "test-results", "playwright-report", "tsconfig.tsbuildinfo"]);

export type AppServer = { baseUrl: string; pid: number | undefined; stop: () => Promise<void>; output: () => string };
export type AppDir = { dir: string; remove: () => void };

export function serverEnv(databaseUrl: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    NODE_ENV: "production",
    // Plain http on localhost: a Secure cookie would never come back.
    SECURE_COOKIES: "0",
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "bench-http-secret-0123456789abcdef0123456789",
    BETTER_AUTH_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/** A private copy of the project: the build in it, or (skip) the existing build. */
export async function prepareApp(env: NodeJS.ProcessEnv, log: (s: string) => void): Promise<AppDir> {
  const given = process.env.BENCH_APP_DIR;
  if (given) {
    // A project copy built earlier (kept as it is).
    if (!existsSync(path.join(given, ".next", "BUILD_ID"))) throw new Error(`BENCH_APP_DIR=${given} holds no build`);
    log(`serving the build in ${given}`);
    return { dir: given, remove: () => {} };
  }
  const dir = path.join("/tmp", `bench-http-app-${process.pid}`);
  const remove = () => rmSync(dir, { recursive: true, force: true });
  remove();
  mkdirSync(dir, { recursive: true });
  try {
    for (const entry of readdirSync(".")) {
      if (!SKIP.has(entry)) cpSync(entry, path.join(dir, entry), { recursive: true });
    }
    const link = spawnSync("cp", ["-al", path.resolve("node_modules"), path.join(dir, "node_modules")], { encoding: "utf8" });
    if (link.status !== 0) throw new Error(`cp -al node_modules failed: ${link.stderr}`);
    if (process.env.BENCH_SKIP_BUILD === "1") {
      if (!existsSync(".next/BUILD_ID")) throw new Error("BENCH_SKIP_BUILD=1 but .next holds no complete build (BUILD_ID missing)");
      cpSync(".next", path.join(dir, ".next"), { recursive: true, filter: (src) => !/^\.next\/(cache|dev)(\/|$)/.test(src) });
      log(`serving a copy of the existing build (${statSync(".next/BUILD_ID").mtime.toISOString()})`);
      return { dir, remove };
    }
    // Type errors in unrelated work-in-progress need not stop a measurement (opt-in).
    if (process.env.BENCH_IGNORE_TYPE_ERRORS === "1") {
      appendFileSync(
        path.join(dir, "next.config.js"),
        "\nmodule.exports.typescript = { ...module.exports.typescript, ignoreBuildErrors: true };\n",
      );
    }
    log(`next build in ${dir} …`);
    const r = spawnSync(path.join(dir, "node_modules", ".bin", "next"), ["build"], {
      cwd: dir,
      env,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`next build failed (${r.status}):\n${(r.stdout + r.stderr).slice(-4000)}`);
    return { dir, remove };
  } catch (e) {
    remove();
    throw e;
  }
}

/** `next start` in its own process group, so stopping it also stops anything it spawned. */
export async function startApp(
  env: NodeJS.ProcessEnv,
  port: number,
  log: (s: string) => void,
  appDir: string,
  runtime: { nodeArgs?: string[]; node?: string } = {},
): Promise<AppServer> {
  const next = path.join(appDir, "node_modules", ".bin", "next");
  // BENCH_SERVER_NODE_ARGS reaches the server's node only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
  // to see where a request's time goes under the benchmark's load (node refuses --cpu-prof in
  // NODE_OPTIONS, so next's entry script is started by node itself).
  const nodeArgs = [...(runtime.nodeArgs ?? []), ...(process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean)];
  const [command, args] =
    nodeArgs.length || runtime.node
      ? [
          runtime.node ?? process.execPath,
          [...nodeArgs, path.join(appDir, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)],
        ]
      : [next, ["start", "-p", String(port)]];
  const child: ChildProcess = spawn(command, args, { cwd: appDir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (b: Buffer) => void (output = (output + b.toString()).slice(-20_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited = false;
  child.on("exit", () => void (exited = true));

  const stop = async () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    for (let i = 0; i < 50 && !exited; i++) await sleep(100);
    if (!exited) process.kill(-child.pid, "SIGKILL");
  };

  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`next start exited:\n${output.slice(-3000)}`);
    try {
      const res = await fetch(`${baseUrl}/login`);
      await res.arrayBuffer();
      if (res.ok) {
        log(`next start is serving on ${baseUrl} (pid ${child.pid})`);
        return { baseUrl, pid: child.pid, stop, output: () => output };
      }
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`next start did not answer on ${baseUrl} within 60 s:\n${output.slice(-3000)}`);
}
