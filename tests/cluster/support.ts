import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { makeBomTree, type BomTree } from "../factories/bom-tree";
import { actionId, callAction, signIn, type ActionCall } from "../../scripts/bench/http/client.mts";

// What the cluster tier's files share: the cluster the global setup started, its users, and
// HTTP as a browser speaks it (scripts/bench/http/client.mts, the HTTP benchmark's client).

export const cluster = inject("cluster");

/** A client on the database itself (not through PgBouncer), for fixtures and reading rows back. */
export const directDb = (max = 4): Db => createPrismaClient(cluster.directUrl, { max });

/** The id of a server action in the build the nodes serve. */
export const action = (file: string, name: string) => actionId(file, name, ".next/server/server-reference-manifest.json");

export const CREATE_ORDER = () => action("lib/actions/production-orders.ts", "createProductionOrderAction");

/** A session cookie of user `i` (users[0] is an admin), signed in at `baseUrl`. */
export const signInUser = (baseUrl: string, i: number) =>
  signIn(baseUrl, cluster.users[i], cluster.password, `10.27.${i >> 8}.${(i % 254) + 1}`);

/** Firm Planned, with refresh: a new order with its lines, components and routing. */
export function orderInput(itemNo: string, quantity = 10) {
  return {
    status: "FIRM_PLANNED",
    sourceType: "ITEM",
    sourceNo: itemNo,
    quantity,
    dueDate: "2027-03-01",
    locationCode: "",
    refresh: true,
  };
}

export function createOrder(baseUrl: string, id: string, cookie: string, itemNo: string, quantity = 10): Promise<ActionCall> {
  return callAction(baseUrl, "/production-orders/new", id, [null, orderInput(itemNo, quantity)], cookie);
}

/** The new order's number, from the action's answer. */
export const orderNo = (call: ActionCall) => /"no":"([^"]+)"/.exec(call.body)?.[1] ?? null;

export async function bomTree(db: Db, prefix: string): Promise<BomTree> {
  return makeBomTree(db, { levels: 2, fanOut: 3, prefix, routingOperations: 2 });
}

/** Orders for `itemNo`: number, components and routing lines each has. */
export async function ordersOf(db: Db, itemNo: string) {
  const rows = await db.$queryRaw<{ no: string; components: bigint; routing: bigint; lines: bigint }[]>`
    SELECT o.no,
           (SELECT count(*) FROM "ProdOrderComponent" c WHERE c."orderId" = o.id) AS components,
           (SELECT count(*) FROM "ProdOrderRoutingLine" r WHERE r."orderId" = o.id) AS routing,
           (SELECT count(*) FROM "ProdOrderLine" l WHERE l."orderId" = o.id) AS lines
    FROM "ProductionOrder" o WHERE o."sourceNo" = ${itemNo} ORDER BY o.no`;
  return rows.map((r) => ({ no: r.no, components: Number(r.components), routing: Number(r.routing), lines: Number(r.lines) }));
}

/** The Firm Planned series' line: its code and the last number used. */
export async function firmPlannedSeries(db: Db) {
  const setup = await db.manufacturingSetup.findFirstOrThrow();
  const line = await db.noSeriesLine.findFirstOrThrow({ where: { seriesCode: setup.firmPlannedOrderNos! }, orderBy: { lineNo: "asc" } });
  return line;
}

/** The digits of a number such as "101005" or "FP-00012", as a number. */
export const numeric = (no: string) => Number(no.replace(/\D/g, ""));

/** The series line's last number drawn, as a number (the one before its Starting No. when none was drawn yet). */
export const lastDrawn = (line: { lastNoUsed: string; startingNo: string }) =>
  line.lastNoUsed ? numeric(line.lastNoUsed) : numeric(line.startingNo) - 1;

/**
 * Session cookies of the first `n` users, four sign-ins at a time. A sign-in hashes the password
 * (scrypt) on the node's event loop; 32 at once on a busy 2-core machine held the loop so long that
 * opening pool connections timed out (a sign-in storm is not what these tests are about).
 */
export async function signInAll(baseUrl: string, n: number): Promise<string[]> {
  const cookies: string[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let i = next++; i < n; i = next++) cookies[i] = await signInUser(baseUrl, i);
    }),
  );
  return cookies;
}
