import { afterAll, describe, expect, it } from "vitest";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { makeBomTree } from "../../factories";
import { createCountingClient } from "./counting-client";

// Style guide §6: the number of SQL statements of a refresh must not grow with the BOM.
const client = createCountingClient(process.env.DATABASE_URL!);
afterAll(() => client.close());

async function statementsForTree(levels: number, fanOut: number) {
  const tree = await makeBomTree(client.db, { levels, fanOut });
  const order = await client.db.productionOrder.create({
    data: {
      status: "FIRM_PLANNED",
      no: `SC-${tree.prefix}`,
      sourceType: "ITEM",
      sourceNo: tree.topItemNo,
      routingNo: tree.routingNo,
      quantity: 2,
      dueDate: new Date("2027-02-15T00:00:00Z"),
      creationDate: new Date("2026-12-01T00:00:00Z"),
    },
  });
  // Through the service, in its own (raw) transaction on the counting pool.
  const { result, statements } = await client.count(() => refreshProductionOrder({ orderId: order.id }, null, undefined, client.db));
  return { tree, result, statements };
}

describe("RF statement count (set-based refresh)", () => {
  it("a 20-component and a 1,364-component BOM take the same number of statements", async () => {
    // GIVEN make-to-order trees of 4 + 16 and 4 + 16 + 64 + 256 + 1,024 components
    // WHEN each is refreshed through a client that counts what reaches PostgreSQL
    const small = await statementsForTree(2, 4);
    const large = await statementsForTree(5, 4);
    // THEN every component was written …
    expect(small.result).toMatchObject({ components: small.tree.expectedComponentCount, lines: 5 });
    expect(large.result).toMatchObject({ components: large.tree.expectedComponentCount, lines: 341 });
    // … with the same, small number of statements (BEGIN and COMMIT included)
    expect(large.statements.length).toBe(small.statements.length);
    expect(small.statements.length).toBeLessThanOrEqual(16);
  });
});
