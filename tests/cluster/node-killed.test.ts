import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionCall } from "../../scripts/bench/http/client.mts";
import { nodeEnv, startNode, startProxy, type Proc, type Proxy } from "../../scripts/cluster/parts.mts";
import { uniqueCode } from "../factories";
import {
  bomTree,
  cluster,
  CREATE_ORDER,
  createOrder,
  directDb,
  firmPlannedSeries,
  lastDrawn,
  numeric,
  orderNo,
  ordersOf,
  signInAll,
} from "./support";

// A node dies mid-run (issue 27). This file starts a node of its own and a proxy of its own in
// front of it and node 1 (the cluster's other files keep theirs), and kills its node with SIGKILL
// while 32 users create orders. Its open transactions die with its connections to PgBouncer,
// which rolls them back on the server; the proxy's health check takes the node out, and requests
// that could not reach it go to node 1.

const db = directDb();
const [spareNodePort, spareProxyPort] = cluster.spareAppPorts;
const log = (s: string) => console.log(`[node-killed] ${s}`);
let victim: Proc;
let proxy: Proxy;

beforeAll(async () => {
  const env = nodeEnv({
    databaseUrl: cluster.pooledUrl,
    port: spareNodePort,
    publicUrl: `http://localhost:${spareProxyPort}`,
    secret: cluster.secret,
    name: "victim",
  });
  victim = await startNode({ appDir: ".", name: "victim", port: spareNodePort, env, log });
  proxy = await startProxy({
    port: spareProxyPort,
    nodes: [
      { name: cluster.nodes[0].name, port: cluster.nodes[0].port },
      { name: "victim", port: spareNodePort },
    ],
    log,
  });
});

afterAll(async () => {
  await proxy?.stop();
  await victim?.stop();
  await db.$disconnect();
});

/** Resolves once nothing accepts connections on `port` any more (the killed node's sockets are closed). */
async function refused(port: number) {
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, "127.0.0.1");
      s.once("connect", () => (s.destroy(), resolve(true)));
      s.once("error", () => resolve(false));
    });
    if (!open) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const USERS = 32;
const EACH = 6;
const KILL_AFTER = 48;

describe("CLUSTER-4 one server killed mid-run", () => {
  it("loses no confirmed order, leaves nothing half-written, and the run goes on on the other node", async () => {
    // GIVEN 32 signed-in planners on a proxy over node 1 and the victim node, and an item with a BOM and routing
    const tree = await bomTree(db, uniqueCode("CK", 8));
    const cookies = await signInAll(proxy.url, USERS);
    const lastBefore = lastDrawn(await firmPlannedSeries(db));
    const create = CREATE_ORDER();

    // WHEN they create orders with refresh, and the victim is killed once 48 are confirmed
    const calls: (ActionCall & { afterKill: boolean })[] = [];
    let killed = false;
    let killing: Promise<void> | null = null;
    await Promise.all(
      cookies.map(async (cookie) => {
        for (let i = 0; i < EACH; i++) {
          const afterKill = killed;
          const call = await createOrder(proxy.url, create, cookie, tree.topItemNo).catch((e): ActionCall => ({
            ok: false,
            status: 0,
            ms: 0,
            redirect: null,
            body: String(e),
          }));
          calls.push({ ...call, afterKill });
          if (!killing && calls.filter((c) => c.ok).length >= KILL_AFTER) {
            killing = victim
              .kill()
              .then(() => refused(spareNodePort))
              .then(() => void (killed = true));
          }
        }
      }),
    );
    await killing;
    expect(killed).toBe(true);

    // THEN the victim had served orders before it died, and calls sent after its death all succeeded on node 1
    const ok = calls.filter((c) => c.ok);
    expect(ok.some((c) => c.servedBy === "victim" && !c.afterKill)).toBe(true);
    const later = calls.filter((c) => c.afterKill);
    expect(later.length).toBeGreaterThan(0);
    expect(later.filter((c) => !c.ok).map((c) => `${c.status} ${c.body.slice(0, 200)}`)).toEqual([]);
    expect(new Set(later.map((c) => c.servedBy))).toEqual(new Set([cluster.nodes[0].name]));
    // AND only calls that were in flight on the victim when it died failed (at most one per user)
    expect(calls.length - ok.length).toBeLessThanOrEqual(USERS);
    // AND every confirmed order exists, every stored order is complete, numbers distinct and gap-free
    const stored = await ordersOf(db, tree.topItemNo);
    const storedNos = new Set(stored.map((o) => o.no));
    expect(ok.map(orderNo).filter((no) => !no || !storedNos.has(no))).toEqual([]);
    expect(stored.filter((o) => o.components !== tree.expectedComponentCount || o.routing === 0 || o.lines === 0)).toEqual([]);
    const drawn = stored.map((o) => numeric(o.no)).sort((x, y) => x - y);
    expect(drawn).toEqual(Array.from({ length: stored.length }, (_, i) => lastBefore + 1 + i));
    // AND the proxy has stopped sending to the victim: its checks now send everything to node 1
    const servedBy = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${proxy.url}/api/ready`);
      expect(res.status).toBe(200);
      servedBy.add(res.headers.get("x-served-by") ?? "");
      await res.arrayBuffer();
    }
    expect([...servedBy]).toEqual([cluster.nodes[0].name]);
  });
});
