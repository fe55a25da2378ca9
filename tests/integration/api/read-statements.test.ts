import "../../support/next-mocks";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { orderDocumentCache } from "@/lib/api/read/production-orders";
import { db } from "@/lib/db";
import { makeBomTree } from "../../factories/bom-tree";
import { apiKeyFor, call, json } from "./support";

// Issue 26: reading over the API is bounded by the request, not by the order's size: the key is
// one read (no write), the order with its lines, components and routing lines one statement; an
// order whose document the server holds (order-document-cache.ts) none, its version read by the
// key's statement. Counted at the driver (every statement any pg client sends while recording),
// as the database sees them.

const sent: string[] = [];
let recording = false;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (recording) sent.push(typeof args[0] === "string" ? args[0] : (args[0] as { text: string }).text);
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;
afterAll(() => {
  pg.Client.prototype.query = query;
});

async function statementsOf<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  sent.length = 0;
  recording = true;
  try {
    return { result: await fn(), statements: [...sent] };
  } finally {
    recording = false;
  }
}

type Doc = {
  id: number;
  version: number;
  lines: {
    lineNo: number;
    components: { lineNo: number; itemNo: string; quantityPer: number; dueDate: string | null }[];
    routingLines: unknown[];
  }[];
};

describe("API-9 reads are bounded by the request, whatever the order's size", () => {
  it("GIVEN orders with 6 and ~250 components WHEN each is read THEN two statements each (key with the version, document), no writes, and the document is the rows; read again, one", async () => {
    const { key } = await apiKeyFor("planner");
    const small = await makeBomTree(db, { levels: 1, fanOut: 6, routingOperations: 2 });
    const large = await makeBomTree(db, { levels: 3, fanOut: 6, routingOperations: 3 });
    const create = async (itemNo: string) =>
      json<Doc>(
        await call("POST", "/production-orders", {
          key,
          body: { sourceType: "ITEM", sourceNo: itemNo, quantity: 3, dueDate: "2027-03-15", locationCode: "BLUE", refresh: true },
        }),
      ).id;
    for (const [tree, id] of [
      [small, await create(small.topItemNo)],
      [large, await create(large.topItemNo)],
    ] as const) {
      await call("GET", `/production-orders/${id}`, { key }); // "last used" stamped (once a minute)
      orderDocumentCache.delete(id);
      // WHEN
      const { result, statements } = await statementsOf(() => call("GET", `/production-orders/${id}`, { key, contract: false }));
      // THEN
      expect(result.status).toBe(200);
      expect(statements).toHaveLength(2);
      expect(statements.filter((s) => /\b(insert|update|delete)\b/i.test(s))).toEqual([]);
      // … and read again, unchanged: the key's statement alone, the same document
      const again = await statementsOf(() => call("GET", `/production-orders/${id}`, { key, contract: false }));
      expect(again.statements).toHaveLength(1);
      expect(again.result.body).toEqual(result.body);
      const doc = json<Doc>(result);
      expect(doc.lines.reduce((n, l) => n + l.components.length, 0)).toBe(tree.expectedComponentCount);
      const first = doc.lines[0].components[0];
      const line = await db.prodOrderLine.findFirstOrThrow({ where: { orderId: id, lineNo: doc.lines[0].lineNo } });
      const row = await db.prodOrderComponent.findFirstOrThrow({ where: { orderLineId: line.id, lineNo: first.lineNo } });
      expect(first).toMatchObject({
        itemNo: row.itemNo,
        quantityPer: Number(row.quantityPer),
        dueDate: row.dueDate?.toISOString().slice(0, 10) ?? null,
      });
    }
    // A page of orders: two statements too.
    const page = await statementsOf(() => call("GET", "/production-orders?limit=100", { key, contract: false }));
    expect(page.result.status).toBe(200);
    expect(page.statements).toHaveLength(2);
  });
});
