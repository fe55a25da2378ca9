// Where a phase's CPU time went, from /proc: the app server (the `next start` process and its
// children), PostgreSQL (every postgres process) and this load generator. On a 2-core machine
// the three share the cores, so "CPU ms per order" says what each order costs and where.
import { readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux
// PostgreSQL's CPU is kept per process: backends come and go between two snapshots (the app's
// close after it stops, the floor opens its own), and a process that ended must not take the
// CPU it used before the phase out of the phase's figure.
export type CpuSnapshot = { server: number; database: Map<number, number>; client: number };

export type Proc = { pid: number; ppid: number; comm: string; ms: number };

/** Every process's CPU time so far (user + system), from /proc. */
export function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const f = stat.slice(close + 2).split(" "); // f[0] = state (field 3)
      out.push({ pid: Number(name), ppid: Number(f[1]), comm, ms: (Number(f[11]) + Number(f[12])) * TICK_MS });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

/** CPU ms of `root` and every process below it. */
export function treeCpu(all: Proc[], root: number): number {
  const parent = new Map(all.map((p) => [p.pid, p.ppid]));
  const under = (pid: number) => {
    for (let p: number | undefined = pid; p && p > 1; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  return all.filter((p) => under(p.pid)).reduce((s, p) => s + p.ms, 0);
}

export function cpuSnapshot(serverPid: number | undefined): CpuSnapshot {
  const all = processes();
  const own = process.cpuUsage();
  return {
    server: serverPid ? treeCpu(all, serverPid) : 0,
    database: new Map(all.filter((p) => p.comm === "postgres").map((p) => [p.pid, p.ms])),
    client: (own.user + own.system) / 1000,
  };
}

export function cpuPerOrder(before: CpuSnapshot, after: CpuSnapshot, orders: number) {
  const per = (ms: number) => (orders ? ms / orders : 0);
  let database = 0;
  for (const [pid, ms] of after.database) database += ms - (before.database.get(pid) ?? 0);
  return { server: per(after.server - before.server), database: per(database), client: per(after.client - before.client) };
}
