// The parts of a scale-out run on one machine (`npm run cluster`, the cluster test tier and
// `npm run bench -- cluster`): PgBouncer in transaction mode in front of PostgreSQL, N app servers
// each serving the same build through the project's server script (scripts/serve.mts), and HAProxy
// in front of them, checking each node's /api/ready. The configuration files are templates in
// deploy/; here they are filled in and each part runs in a process group of its own.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export type Log = (s: string) => void;

/** Debian's packages the cluster needs, by the binary each brings. */
const TOOLS = [
  { binary: "pgbouncer", pkg: "pgbouncer" },
  { binary: "haproxy", pkg: "haproxy" },
];
const SBIN = ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"];

export function toolPath(binary: string): string | null {
  for (const dir of [...(process.env.PATH ?? "").split(":"), ...SBIN]) {
    const p = path.join(dir, binary);
    if (dir && existsSync(p)) return p;
  }
  return null;
}

/**
 * PgBouncer and HAProxy must be installed. As root on Debian they are installed here (as the test
 * tier installs Chromium); anywhere else the error says what to install.
 */
export function ensureTools(log: Log): { pgbouncer: string; haproxy: string } {
  const missing = TOOLS.filter((t) => !toolPath(t.binary));
  if (missing.length && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    const pkgs = missing.map((t) => t.pkg);
    log(`installing ${pkgs.join(" ")} (apt-get) …`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", ...pkgs], { stdio: "inherit", env });
  }
  const still = TOOLS.filter((t) => !toolPath(t.binary));
  if (still.length) {
    throw new Error(
      `The cluster needs ${still.map((t) => t.binary).join(" and ")}. Install ${still.length > 1 ? "them" : "it"}: ` +
        `\`apt-get install -y ${still.map((t) => t.pkg).join(" ")}\` (Debian/Ubuntu), \`brew install ${still.map((t) => t.pkg).join(" ")}\` (macOS).`,
    );
  }
  return { pgbouncer: toolPath("pgbouncer")!, haproxy: toolPath("haproxy")! };
}

/** A template from deploy/ with its {{NAME}} placeholders filled in; an unknown placeholder is an error. */
export function render(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`No value for {{${key}}}`);
    return String(values[key]);
  });
}

export function deployTemplate(rel: string, root = "."): string {
  return readFileSync(path.join(root, "deploy", rel), "utf8");
}

export type Proc = {
  name: string;
  pid: number;
  exited: () => boolean;
  output: () => string;
  /** SIGTERM to the process group, SIGKILL after 5 s. Safe to call twice. */
  stop: () => Promise<void>;
  /** SIGKILL to the process group, at once (a node dying mid-request). */
  kill: () => Promise<void>;
};

export function spawnProc(name: string, command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Proc {
  const child: ChildProcess = spawn(command, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (b: Buffer) => void (output = (output + b.toString()).slice(-20_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited = false;
  const done = new Promise<void>((resolve) => child.on("exit", () => resolve(void (exited = true))));
  child.on("error", (e) => keep(Buffer.from(String(e))));
  const signal = async (sig: NodeJS.Signals, waitMs: number) => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, sig);
    } catch {
      return;
    }
    await Promise.race([done, sleep(waitMs)]);
  };
  return {
    name,
    pid: child.pid ?? -1,
    exited: () => exited,
    output: () => output,
    stop: async () => {
      await signal("SIGTERM", 5_000);
      await signal("SIGKILL", 2_000);
    },
    kill: () => signal("SIGKILL", 2_000),
  };
}

/** Polls `url` until it answers 200; fails early when `proc` exits. */
export async function waitReady(url: string, proc: Proc, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exited()) throw new Error(`${proc.name} exited before ${url} answered:\n${proc.output().slice(-3000)}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (${proc.name}):\n${proc.output().slice(-3000)}`);
}

/** A folder for one part's generated files, readable by the user the part runs as. */
function partDir(prefix: string, owner?: { uid: number; gid: number }): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  return dir;
}

/** PgBouncer refuses to run as root: as root it runs as the postgres user (embedded-db's too). */
function unprivilegedUser(): { name: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const r = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const g = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error("PgBouncer cannot run as root and there is no postgres user to run it as");
  return { name: "postgres", uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

export type PgBouncer = { proc: Proc; url: string; dir: string; stop: () => Promise<void> };

/**
 * PgBouncer's server connections when none is asked for: as many as an app server's own pool
 * (DB_POOL_MAX, 10). A transaction keeps its server connection while the app works between its
 * statements, so fewer connections than transactions in flight leave the cores idle while
 * transactions queue in PgBouncer. Measured (`bench -- cluster`, two nodes ÷ direct, 2 cores, load
 * 3–6): 4 connections 71 % and 86 %, 10 connections 85 % and 89 % (README, Scaling).
 */
export const defaultPoolSize = () => 10;

/**
 * PgBouncer in transaction mode in front of `directUrl`'s database, on 127.0.0.1:`port`. Clients
 * use the same user and password as for the database. The returned url carries `pgbouncer=true`,
 * which tells the app to send unnamed statements (lib/db-client.ts).
 */
export async function startPgBouncer(o: {
  directUrl: string;
  port: number;
  poolSize?: number;
  log: Log;
  root?: string;
}): Promise<PgBouncer> {
  const binary = ensureTools(o.log).pgbouncer;
  const poolSize = o.poolSize ?? defaultPoolSize();
  const target = new URL(o.directUrl);
  const database = decodeURIComponent(target.pathname.slice(1));
  const user = decodeURIComponent(target.username) || "postgres";
  const password = decodeURIComponent(target.password);
  // A socket folder (?host=/path: PostgreSQL on the pooler's machine) is used as it is: a Unix
  // socket costs PostgreSQL and PgBouncer less per statement than loopback TCP.
  const socketDir = target.searchParams.get("host");
  const host = socketDir?.startsWith("/") ? socketDir : target.hostname === "localhost" ? "127.0.0.1" : target.hostname;
  const runAs = unprivilegedUser();
  const dir = partDir("pgbouncer", runAs ?? undefined);
  const authFile = path.join(dir, "userlist.txt");
  writeFileSync(authFile, `"${user}" "${password.replace(/"/g, '""')}"\n`, { mode: 0o600 });
  const ini = path.join(dir, "pgbouncer.ini");
  writeFileSync(
    ini,
    render(deployTemplate("pgbouncer/pgbouncer.ini.template", o.root), {
      DB_NAME: database,
      DB_HOST: host,
      DB_PORT: target.port || 5432,
      LISTEN_HOST: "127.0.0.1",
      LISTEN_PORT: o.port,
      AUTH_TYPE: password ? "scram-sha-256" : "trust",
      AUTH_FILE: authFile,
      POOL_SIZE: poolSize,
    }),
    { mode: 0o600 },
  );
  if (runAs) for (const f of [authFile, ini]) chownSync(f, runAs.uid, runAs.gid);
  const proc = spawnProc("pgbouncer", binary, [...(runAs ? ["-u", runAs.name] : []), ini]);
  const url = new URL(`postgresql://127.0.0.1:${o.port}/${encodeURIComponent(database)}`);
  url.username = target.username;
  url.password = target.password;
  url.searchParams.set("pgbouncer", "true");
  await waitPg(url.toString(), proc);
  o.log(`PgBouncer (transaction mode, ${poolSize} server connections) on 127.0.0.1:${o.port} → ${host}:${target.port}/${database}`);
  return {
    proc,
    url: url.toString(),
    dir,
    stop: async () => {
      await proc.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitPg(url: string, proc: Proc) {
  const { default: pg } = await import("pg");
  const u = new URL(url);
  u.searchParams.delete("pgbouncer");
  for (let i = 0; i < 100; i++) {
    if (proc.exited()) throw new Error(`${proc.name} exited:\n${proc.output().slice(-3000)}`);
    const client = new pg.Client({ connectionString: u.toString() });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch {
      await sleep(100);
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw new Error(`${proc.name} did not let a client through:\n${proc.output().slice(-3000)}`);
}

export type NodeSpec = { name: string; port: number };

/** The environment every node gets: one secret, one public address, the proxy trusted. */
export function nodeEnv(o: { databaseUrl: string; port: number; publicUrl: string; secret: string; name: string }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: o.databaseUrl,
    PORT: String(o.port),
    HOST: "127.0.0.1",
    BETTER_AUTH_SECRET: o.secret,
    BETTER_AUTH_URL: o.publicUrl,
    // The proxy runs on this machine: its X-Forwarded-* headers are believed, nobody else's.
    TRUSTED_PROXIES: "127.0.0.1,::1",
    // Plain http on this machine: a Secure cookie would never come back. Behind TLS leave it unset.
    SECURE_COOKIES: process.env.SECURE_COOKIES ?? "0",
    NODE_NAME: o.name,
  };
}

/** One app server: the project's server script (scripts/serve.mts) on the build in `appDir`. */
export async function startNode(o: { appDir: string; name: string; port: number; env: NodeJS.ProcessEnv; log: Log }): Promise<Proc> {
  const tsx = path.join(o.appDir, "node_modules", ".bin", "tsx");
  const proc = spawnProc(o.name, tsx, ["scripts/serve.mts"], { cwd: o.appDir, env: o.env });
  await waitReady(`http://127.0.0.1:${o.port}/api/ready`, proc);
  o.log(`${o.name} is ready on http://127.0.0.1:${o.port} (pid ${proc.pid})`);
  return proc;
}

export type Proxy = { proc: Proc; url: string; stop: () => Promise<void> };

/** HAProxy on 127.0.0.1:`port` in front of `nodes`, checking /api/ready on each. */
export async function startProxy(o: {
  port: number;
  nodes: NodeSpec[];
  log: Log;
  root?: string;
  checkInterval?: string;
  nodeMaxConn?: number;
}): Promise<Proxy> {
  const binary = ensureTools(o.log).haproxy;
  const dir = partDir("haproxy");
  const cfg = path.join(dir, "haproxy.cfg");
  writeFileSync(
    cfg,
    render(deployTemplate("haproxy/haproxy.cfg.template", o.root), {
      PROXY_HOST: "127.0.0.1",
      PROXY_PORT: o.port,
      BALANCE: "leastconn",
      CHECK_INTERVAL: o.checkInterval ?? "1s",
      NODE_MAXCONN: o.nodeMaxConn ?? 64,
      SERVERS: o.nodes.map((n) => `  server ${n.name} 127.0.0.1:${n.port} check`).join("\n"),
    }),
  );
  const check = spawnSync(binary, ["-c", "-q", "-f", cfg], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`haproxy -c refused ${cfg}:\n${check.stdout}${check.stderr}`);
  const proc = spawnProc("haproxy", binary, ["-db", "-f", cfg]);
  const url = `http://localhost:${o.port}`;
  await waitReady(`${url}/api/ready`, proc);
  o.log(`HAProxy on ${url} → ${o.nodes.map((n) => `${n.name} (:${n.port})`).join(", ")}`);
  return {
    proc,
    url,
    stop: async () => {
      await proc.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
