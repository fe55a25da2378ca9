import { afterAll, describe, expect, it } from "vitest";
import type { ActionCall } from "../../scripts/bench/http/client.mts";
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

// Many users through the proxy on two nodes and one pooler (issue 27): the gap-free series is
// drawn in the database, in the creating transaction, so nodes cannot hand out one number twice
// nor leave a hole, whichever node a user's request lands on.

const db = directDb();
afterAll(() => db.$disconnect());
const USERS = 32;
const EACH = 4;

describe("CLUSTER-3 32 users creating orders through the proxy", () => {
  it("every order is created complete, under a distinct number with no gap in the Normal series, on both nodes", async () => {
    // GIVEN 32 signed-in planners, an item with a certified BOM and routing, and the Firm Planned (Normal) series' last number
    const tree = await bomTree(db, uniqueCode("CO", 8));
    const cookies = await signInAll(cluster.url, USERS);
    const series = await firmPlannedSeries(db);
    expect(series.implementation).toBe("NORMAL");
    const lastBefore = lastDrawn(series);
    const create = CREATE_ORDER();

    // WHEN each creates 4 orders with refresh through the proxy, all at once
    const calls: ActionCall[] = [];
    await Promise.all(
      cookies.map(async (cookie) => {
        for (let i = 0; i < EACH; i++) calls.push(await createOrder(cluster.url, create, cookie, tree.topItemNo));
      }),
    );

    // THEN every call succeeded, both nodes served some
    expect(calls.filter((c) => !c.ok).map((c) => `${c.status} ${c.body.slice(0, 200)}`)).toEqual([]);
    expect(new Set(calls.map((c) => c.servedBy))).toEqual(new Set(cluster.nodes.map((n) => n.name)));
    // AND the database holds each answered order once, complete, its numbers the next 128 of the series
    const stored = await ordersOf(db, tree.topItemNo);
    const answered = calls.map(orderNo).sort();
    expect(stored.map((o) => o.no).sort()).toEqual(answered);
    expect(new Set(answered).size).toBe(USERS * EACH);
    const drawn = stored.map((o) => numeric(o.no)).sort((x, y) => x - y);
    expect(drawn).toEqual(Array.from({ length: USERS * EACH }, (_, i) => lastBefore + 1 + i));
    expect(numeric((await firmPlannedSeries(db)).lastNoUsed)).toBe(lastBefore + USERS * EACH);
    const shape = stored[0];
    expect(shape.components).toBe(tree.expectedComponentCount);
    expect(shape.routing).toBeGreaterThan(0);
    expect(stored.filter((o) => o.components !== shape.components || o.routing !== shape.routing || o.lines !== shape.lines)).toEqual([]);
  });
});
