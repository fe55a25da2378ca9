import "../../support/next-mocks";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoOrders } from "@/lib/seed/demo-orders";
import { allLines, calculate, noRunRunning, type CarryOutResult } from "./planning-support";
import { apiKeyFor, call, json } from "./support";

// PL-8 over the API on the demo company with its orders: besides New, the plan changes and cancels
// existing Planned/Firm Planned orders; each result names the order it changed (status, No. and
// its API address) or the one it deleted (no address), as the rows read back say.

const PERIOD = { startingDate: "2026-12-07", endingDate: "2027-02-28" };

beforeAll(async () => {
  await seedDemoOrders(db);
});
afterEach(noRunRunning);

describe("PL-8 Carry Out Action Message over the API: New, Change and Cancel", () => {
  it("GIVEN a plan over the demo orders, every line accepted WHEN carried out THEN each result names where its order is now, or that it is gone", async () => {
    const { key } = await apiKeyFor("planner");
    const run = await calculate(key, PERIOD);
    const accepted = await call("PATCH", "/planning/worksheet-lines", {
      key,
      body: { lineNos: "all", acceptActionMessage: true },
      headers: { "if-match": `W/"v${run.id}"` },
    });
    expect(accepted.status).toBe(200);
    const lines = await allLines(key);
    const production = lines.filter((l) => l.replenishmentSystem === "PROD_ORDER" && l.parentLineNo === null);
    const kinds = new Set(production.map((l) => l.actionMessage));
    expect(kinds.has("NEW") && kinds.has("CANCEL") && [...kinds].some((k) => k !== "NEW" && k !== "CANCEL")).toBe(true);
    // WHEN
    const r = await call("POST", "/planning/carry-out", { key, body: {}, headers: { "accept-language": "nl" } });
    // THEN one result per accepted production line, each carried out
    expect(r.status).toBe(200);
    const results = json<{ results: CarryOutResult[] }>(r).results;
    expect(results.map((x) => x.lineNo)).toEqual(production.map((l) => l.lineNo));
    expect(results.filter((x) => !x.ok)).toEqual([]);
    for (const x of results) {
      const line = production.find((l) => l.lineNo === x.lineNo)!;
      const order = await db.productionOrder.findFirst({ where: { status: x.orderStatus as "PLANNED", no: x.orderNo! } });
      if (x.actionMessage === "CANCEL") {
        // … a Cancel names the order it deleted, which is gone
        expect(x.location).toBeNull();
        expect(order).toBeNull();
        continue;
      }
      // … New made a Firm Planned order (the default); a change kept the referenced order's status and No.
      expect(order, `line ${x.lineNo} ${x.actionMessage}`).not.toBeNull();
      expect(x.location).toBe(`/api/v1/production-orders/${order!.id}`);
      expect(order!.sourceNo).toBe(line.itemNo);
      expect(Number(order!.quantity)).toBe(line.quantity);
      if (x.actionMessage === "NEW") expect(x.orderStatus).toBe("FIRM_PLANNED");
      else expect({ status: x.orderStatus, no: x.orderNo }).toEqual({ status: line.refOrderStatus, no: line.refOrderNo });
    }
  });
});
