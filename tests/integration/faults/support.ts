// Fault injection for the integration tests: a service client of the test's own (its
// connections carry an application_name, so they can be found in pg_stat_activity), and an
// admin connection that terminates that client's backend while it works — as a crashed
// PostgreSQL backend, a failover or an operator's pg_terminate_backend would.
import net from "node:net";
import pg from "pg";
import { createPrismaClient, type Db } from "@/lib/db-client";

export function serviceClient(name: string, url = process.env.DATABASE_URL!): Db {
  const u = new URL(url);
  u.searchParams.set("application_name", name);
  return createPrismaClient(u.toString(), { max: 2 });
}

export type Backend = { pid: number; state: string; xid: string | null; query: string };

export class Killer {
  private constructor(private readonly admin: pg.Client) {}

  static async connect(url = process.env.DATABASE_URL!) {
    const admin = new pg.Client({ connectionString: url, application_name: "faults-admin" });
    await admin.connect();
    return new Killer(admin);
  }

  /** The backends of `appName` inside an open transaction, now. */
  async inTransaction(appName: string): Promise<Backend[]> {
    const { rows } = await this.admin.query<{ pid: number; state: string; xid: string | null; query: string }>(
      `SELECT pid, state, backend_xid::text AS xid, query FROM pg_stat_activity
        WHERE application_name = $1 AND datname = current_database() AND xact_start IS NOT NULL
          AND state IN ('active', 'idle in transaction')`,
      [appName],
    );
    return rows;
  }

  /**
   * Polls until a backend of `appName` is in a transaction and `when` holds for it, then
   * terminates it. Gives up (null) when `settled()` says the work finished first or after
   * `timeoutMs`.
   */
  async killWhen(appName: string, when: (b: Backend) => boolean, settled: () => boolean, timeoutMs = 30_000): Promise<Backend | null> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && !settled()) {
      const hit = (await this.inTransaction(appName)).find(when);
      if (hit) {
        const { rows } = await this.admin.query<{ ok: boolean }>("SELECT pg_terminate_backend($1) AS ok", [hit.pid]);
        return rows[0].ok ? hit : null;
      }
    }
    return null;
  }

  /** Is a backend with this pid still connected? */
  async alive(pid: number): Promise<boolean> {
    const { rowCount } = await this.admin.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [pid]);
    return (rowCount ?? 0) > 0;
  }

  end() {
    return this.admin.end();
  }
}

/** A promise with its resolve function, to hold a transaction open until the test says so. */
export function latch() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** Settles-tracking wrapper: lets a poller stop once the work it watches has finished. */
export function track<T>(promise: Promise<T>) {
  const state = { settled: false };
  const outcome = promise.then(
    (value) => ((state.settled = true), { ok: true as const, value }),
    (error: unknown) => ((state.settled = true), { ok: false as const, error }),
  );
  return { settled: () => state.settled, outcome };
}

/** A TCP port nobody listens on right now (for a PostgreSQL of the test's own). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
