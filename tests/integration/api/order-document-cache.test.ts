import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOrderDocumentCache, type OrderDocumentCache } from "@/lib/api/read/order-document-cache";
import { orderDocumentCache, readProductionOrder } from "@/lib/api/read/production-orders";
import { carryOutActionMessages } from "@/lib/services/planning/carry-out";
import { changeProductionOrderStatus } from "@/lib/services/production-orders/change-status";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { deleteProductionOrder } from "@/lib/services/production-orders/delete-production-order";
import { addComponent } from "@/lib/services/production-orders/edit/add-component";
import { addRoutingLine } from "@/lib/services/production-orders/edit/add-routing-line";
import { changeComponent } from "@/lib/services/production-orders/edit/change-component";
import { changeOrderLine } from "@/lib/services/production-orders/edit/change-order-line";
import { changeRoutingLine } from "@/lib/services/production-orders/edit/change-routing-line";
import { deleteComponent } from "@/lib/services/production-orders/edit/delete-component";
import { deleteRoutingLine } from "@/lib/services/production-orders/edit/delete-routing-line";
import { recordOutput } from "@/lib/services/production-orders/record-output";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { replanProductionOrder } from "@/lib/services/production-orders/replan";
import { updateProductionOrder } from "@/lib/services/production-orders/update-production-order";
import { makeLocation } from "../../factories";
import { planningLine, writeWorksheet } from "../../factories/planning-lines";
import { actorFor, createInput, isoOf } from "../production-orders/helpers";
import { componentEdit, routingLineEdit } from "../order-edit/helpers";
import { newOrder, releasedOrder } from "../change-status/support";
import { makeTwoLevelProduct, replanChildren } from "../replan/support";
import { apiKeyFor, call, json, type ApiResponse } from "./support";

// Issue 26: GET /production-orders/{id} serves the document its server process built before
// while the order keeps the version it was built from (lib/api/read/order-document-cache.ts).
// That is only correct under X-2's invariant: every change to an order's header, lines,
// components or routing lines raises ProductionOrder.version in the change's own transaction.
// Below, every service that writes those rows, one test each: the document is cached (by the
// API route's cache and by another server's), the change is made, and then the version has risen
// and both answer the document as the database holds it now: a stale entry would fail them.

type Doc = {
  id: number;
  no: string;
  status: string;
  version: number;
  quantity: number;
  description: string;
  dueDate: string | null;
  locationCode: string | null;
  lines: {
    lineNo: number;
    quantity: number;
    finishedQuantity: number;
    dueDate: string | null;
    components: { lineNo: number; itemNo: string; quantityPer: number }[];
    routingLines: { operationNo: string; runTime: number; startingDateTime: string | null }[];
  }[];
};

let key: string;
let supervisor: Awaited<ReturnType<typeof actorFor>>;

beforeAll(async () => {
  key = (await apiKeyFor("supervisor")).key;
  supervisor = await actorFor("supervisor");
});

const get = (id: number, headers: Record<string, string> = {}) => call("GET", `/production-orders/${id}`, { key, headers });
/** The document as the database holds it now: built anew, through no cache that has seen it. */
const built = async (id: number) => JSON.parse((await readProductionOrder(id, { cache: createOrderDocumentCache() }))!.json) as Doc;
const versionOf = async (id: number) => (await db.productionOrder.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/**
 * X-2 for one write path: with the order's document cached by the API route and by `elsewhere`
 * (another server's cache), `change` raises the version, and both then answer the new document.
 */
async function expectChangeSeen(id: number, change: () => Promise<unknown>): Promise<{ before: Doc; after: Doc }> {
  const elsewhere = createOrderDocumentCache();
  const first = await get(id);
  expect(first.status).toBe(200);
  const before = json<Doc>(first);
  await readProductionOrder(id, { cache: elsewhere });
  // GIVEN both caches hold the document of the version read
  expect(orderDocumentCache.get(id)?.version).toBe(before.version);
  expect(elsewhere.get(id)?.version).toBe(before.version);
  expect(json<Doc>(await get(id))).toEqual(before);
  // WHEN
  await change();
  // THEN the version rose, in the row and in the ETag
  const version = await versionOf(id);
  expect(version).toBeGreaterThan(before.version);
  const now = await built(id);
  expect(now).not.toEqual(before);
  const response = await get(id);
  expect(response.status).toBe(200);
  expect(response.headers.get("etag")).toBe(`"v${version}"`);
  expect(json<Doc>(response)).toEqual(now);
  expect(JSON.parse((await readProductionOrder(id, { cache: elsewhere }))!.json)).toEqual(now);
  return { before, after: now };
}

/** A deleted order: both caches answer "no such order", never the document they held. */
async function expectGoneSeen(id: number, change: () => Promise<unknown>) {
  const elsewhere = createOrderDocumentCache();
  expect((await get(id)).status).toBe(200);
  await readProductionOrder(id, { cache: elsewhere });
  expect(elsewhere.get(id)).toBeDefined();
  await change();
  expect((await get(id)).status).toBe(404);
  expect(await readProductionOrder(id, { cache: elsewhere })).toBeNull();
  expect(elsewhere.get(id)).toBeUndefined();
}

const firstLine = (orderId: number) => db.prodOrderLine.findFirstOrThrow({ where: { orderId }, orderBy: { lineNo: "asc" } });
const componentsOf = (orderLineId: number) => db.prodOrderComponent.findMany({ where: { orderLineId }, orderBy: { lineNo: "asc" } });
const routingOf = (orderLineId: number) => db.prodOrderRoutingLine.findMany({ where: { orderLineId }, orderBy: { operationNo: "asc" } });
const order = (id: number) => db.productionOrder.findUniqueOrThrow({ where: { id } });
const headerInput = (o: Awaited<ReturnType<typeof order>>) => ({
  id: o.id,
  version: o.version,
  description: o.description,
  description2: o.description2,
  sourceType: o.sourceType,
  sourceNo: o.sourceNo,
  variantCode: o.variantCode,
  quantity: Number(o.quantity),
  dueDate: isoOf(o.dueDate) ?? undefined,
  locationCode: o.locationCode ?? "",
});

describe("X-2 every write path of an order raises its version, so no cached document outlives a change", () => {
  it("the header changed (PO-10 update): Description", async () => {
    const o = await newOrder();
    const { after } = await expectChangeSeen(o.id, () =>
      updateProductionOrder(db, { ...headerInput(o), description: "Changed elsewhere" }, supervisor),
    );
    expect(after.description).toBe("Changed elsewhere");
  });

  it("the header's Due Date on an order with lines (PO-9): the lines take it and are rescheduled", async () => {
    const o = await newOrder({ dueDate: "2027-03-15" });
    const { before, after } = await expectChangeSeen(o.id, () =>
      updateProductionOrder(db, { ...headerInput(o), dueDate: "2027-04-19" }, supervisor),
    );
    expect(before.lines[0].dueDate).toBe("2027-03-15");
    expect(after.lines.map((l) => l.dueDate)).toEqual(after.lines.map(() => "2027-04-19"));
  });

  it("refresh (RF-1) of an order without lines: lines, components and routing lines appear", async () => {
    const o = await newOrder({ refresh: false });
    const { before, after } = await expectChangeSeen(o.id, () =>
      refreshProductionOrder({ orderId: o.id, expectedVersion: o.version }, supervisor),
    );
    expect(before.lines).toEqual([]);
    expect(after.lines.length).toBeGreaterThan(0);
    expect(after.lines[0].components.length).toBeGreaterThan(0);
  });

  it("refresh (RF-1) of an edited order: its components are replaced by the BOM's again", async () => {
    const o = await newOrder();
    const line = await firstLine(o.id);
    const [c] = await componentsOf(line.id);
    const edited = await changeComponent(
      db,
      { id: o.id, version: o.version, componentId: c.id, ...componentEdit(c), quantityPer: "7" },
      supervisor,
    );
    const { before, after } = await expectChangeSeen(o.id, () =>
      refreshProductionOrder({ orderId: o.id, expectedVersion: edited.version }, supervisor),
    );
    expect(before.lines[0].components[0].quantityPer).toBe(7);
    expect(after.lines[0].components[0].quantityPer).toBe(Number(c.quantityPer));
  });

  it("replan (RP-1) No Levels: the routing lines a drag moved are scheduled backward again", async () => {
    const o = await newOrder();
    const line = await firstLine(o.id);
    const [first] = await routingOf(line.id);
    const moved = await changeRoutingLine(
      db,
      { id: o.id, version: o.version, routingLineId: first.id, startingDateTime: new Date("2027-02-01T09:00:00Z") },
      supervisor,
    );
    const { before, after } = await expectChangeSeen(o.id, () =>
      replanProductionOrder(db, { id: o.id, version: moved.version, direction: "BACK", plan: "NO_LEVELS" }, supervisor),
    );
    expect(before.lines[0].routingLines[0].startingDateTime).toBe("2027-02-01T09:00:00");
    expect(after.lines[0].routingLines[0].startingDateTime).not.toBe("2027-02-01T09:00:00");
  });

  it("replan (RP-2) One Level again: the orders the first replan created are deleted, and read as gone", async () => {
    const t = await makeTwoLevelProduct();
    const o = await newOrder({ sourceNo: t.p, quantity: 2 });
    await replanProductionOrder(db, { id: o.id, version: o.version, direction: "BACK", plan: "ONE_LEVEL" }, supervisor);
    const [child] = await replanChildren(o);
    expect(child).toBeDefined();
    await expectGoneSeen(child.id, async () =>
      replanProductionOrder(db, { id: o.id, version: await versionOf(o.id), direction: "BACK", plan: "ONE_LEVEL" }, supervisor),
    );
  });

  it("status change (ST-1) Firm Planned → Released: Status and No.", async () => {
    const o = await newOrder();
    const { after } = await expectChangeSeen(o.id, () =>
      changeProductionOrderStatus(db, { id: o.id, version: o.version, newStatus: "RELEASED" }, supervisor),
    );
    expect(after.status).toBe("RELEASED");
  });

  it("output recorded on a Released order: the line's Finished Quantity", async () => {
    const o = await releasedOrder({ quantity: 3 });
    const line = await firstLine(o.id);
    const { after } = await expectChangeSeen(o.id, () =>
      recordOutput(db, { id: o.id, version: o.version, lineNo: line.lineNo, outputQuantity: "2" }, supervisor),
    );
    expect(after.lines[0].finishedQuantity).toBe(2);
  });

  it("a line's Quantity changed on the card", async () => {
    const o = await newOrder({ quantity: 2 });
    const line = await firstLine(o.id);
    const { after } = await expectChangeSeen(o.id, () =>
      changeOrderLine(
        db,
        { id: o.id, version: o.version, orderLineId: line.id, quantity: 6, dueDate: isoOf(line.dueDate)!, locationCode: line.locationCode },
        supervisor,
      ),
    );
    expect(after.lines[0].quantity).toBe(6);
  });

  it("a component changed, added and deleted on the card", async () => {
    const o = await newOrder();
    const line = await firstLine(o.id);
    const [c] = await componentsOf(line.id);
    const changed = await expectChangeSeen(o.id, () =>
      changeComponent(db, { id: o.id, version: o.version, componentId: c.id, ...componentEdit(c), quantityPer: "3.5" }, supervisor),
    );
    expect(changed.after.lines[0].components[0].quantityPer).toBe(3.5);

    const item = await db.item.findFirstOrThrow({ where: { replenishmentSystem: "PURCHASE", blocked: false }, orderBy: { no: "desc" } });
    const added = await expectChangeSeen(o.id, async () =>
      addComponent(
        db,
        {
          id: o.id,
          version: await versionOf(o.id),
          orderLineId: line.id,
          itemNo: item.no,
          quantityPer: "2",
          unitOfMeasureCode: null,
          scrapPercent: "0",
          calculationFormula: "NONE",
          locationCode: null,
        },
        supervisor,
      ),
    );
    expect(added.after.lines[0].components.at(-1)).toMatchObject({ itemNo: item.no, quantityPer: 2 });

    const last = (await componentsOf(line.id)).at(-1)!;
    const deleted = await expectChangeSeen(o.id, async () =>
      deleteComponent(db, { id: o.id, version: await versionOf(o.id), componentId: last.id }, supervisor),
    );
    expect(deleted.after.lines[0].components).toHaveLength(added.after.lines[0].components.length - 1);
  });

  it("a routing line changed, dragged on the timeline, added and deleted on the card", async () => {
    const o = await newOrder();
    const line = await firstLine(o.id);
    const [first] = await routingOf(line.id);
    const changed = await expectChangeSeen(o.id, () =>
      changeRoutingLine(
        db,
        { id: o.id, version: o.version, routingLineId: first.id, ...routingLineEdit(first), runTime: String(Number(first.runTime) + 480) },
        supervisor,
      ),
    );
    expect(changed.after.lines[0].routingLines[0].runTime).toBe(Number(first.runTime) + 480);

    const dragged = await expectChangeSeen(o.id, async () =>
      changeRoutingLine(
        db,
        { id: o.id, version: await versionOf(o.id), routingLineId: first.id, startingDateTime: new Date("2027-02-02T09:00:00Z") },
        supervisor,
      ),
    );
    expect(dragged.after.lines[0].routingLines[0].startingDateTime).toBe("2027-02-02T09:00:00");

    const last = (await routingOf(line.id)).at(-1)!;
    const added = await expectChangeSeen(o.id, async () =>
      addRoutingLine(
        db,
        {
          id: o.id,
          version: await versionOf(o.id),
          orderLineId: line.id,
          operationNo: "999",
          ...routingLineEdit(last),
          setupTime: "30",
          runTime: "10",
        },
        supervisor,
      ),
    );
    expect(added.after.lines[0].routingLines.at(-1)).toMatchObject({ operationNo: "999", runTime: 10 });

    const added999 = (await routingOf(line.id)).find((r) => r.operationNo === "999")!;
    const deleted = await expectChangeSeen(o.id, async () =>
      deleteRoutingLine(db, { id: o.id, version: await versionOf(o.id), routingLineId: added999.id }, supervisor),
    );
    expect(deleted.after.lines[0].routingLines.map((r) => r.operationNo)).not.toContain("999");
  });

  it("carry-out (PL-8) of a Change Qty. line: the order's quantity, and its lines refreshed", async () => {
    const o = await newOrder({ quantity: 2 });
    const planner = await actorFor("planner");
    await writeWorksheet(planner.id, [
      planningLine(10000, {
        actionMessage: "CHANGE_QTY",
        quantity: "9",
        originalQuantity: "2",
        dueDate: isoOf(o.dueDate)!,
        locationCode: o.locationCode!,
        ref: { orderStatus: "FIRM_PLANNED", orderNo: o.no, orderLineNo: 10000, orderVersion: o.version },
      }),
    ]);
    const { after } = await expectChangeSeen(o.id, async () => {
      const results = await carryOutActionMessages({ status: "FIRM_PLANNED" }, { ...planner, role: "planner" });
      expect(results).toEqual([expect.objectContaining({ ok: true })]);
    });
    expect(after.quantity).toBe(9);
    expect(after.lines[0].quantity).toBe(9);
  });

  it("an order deleted (PO-10), here or by carry-out's Cancel: read as gone, never from a cache", async () => {
    const o = await newOrder();
    await expectGoneSeen(o.id, () => deleteProductionOrder(db, { id: o.id, version: o.version }, supervisor));
  });

  it("a location cannot be deleted under an order that uses it: it would clear the order's Location Code behind its version", async () => {
    // GIVEN an order and its line at a location of their own
    const location = await makeLocation(db);
    const o = await newOrder({ locationCode: location.code });
    expect((await firstLine(o.id)).locationCode).toBe(location.code);
    // WHEN the location row is deleted as deleteLocation's last statement would, past its check
    // THEN the database refuses (ON DELETE RESTRICT, not SET NULL), and the order is as it was
    await expect(db.$executeRaw`DELETE FROM "Location" WHERE code = ${location.code}`).rejects.toThrow(/locationCode_fkey/);
    expect(await order(o.id)).toMatchObject({ locationCode: location.code, version: o.version });
    expect((await firstLine(o.id)).locationCode).toBe(location.code);
  });
});

describe("API-10 the order document cache: several servers, its bound, conditional GET", () => {
  it("GIVEN two servers' caches holding an order WHEN a third changes it over the API THEN neither serves its old document", async () => {
    const o = await newOrder();
    const [a, b] = [createOrderDocumentCache(), createOrderDocumentCache()];
    const read = async (cache: OrderDocumentCache) => JSON.parse((await readProductionOrder(o.id, { cache }))!.json) as Doc;
    const before = await read(a);
    expect(await read(b)).toEqual(before);
    // WHEN the API (this process's route) changes the header with the ETag read
    const patched = await call("PATCH", `/production-orders/${o.id}`, {
      key,
      body: { description: "Changed by the API" },
      headers: { "if-match": `"v${before.version}"` },
    });
    expect(patched.status).toBe(200);
    // THEN both read the new version from the database and build the new document
    for (const cache of [a, b]) {
      const doc = await read(cache);
      expect(doc).toMatchObject({ version: before.version + 1, description: "Changed by the API" });
      expect(cache.get(o.id)?.version).toBe(before.version + 1);
    }
  });

  it("GIVEN a cache of 2 entries WHEN 3 orders are read THEN it holds the 2 most recently read, and every read is the order's document", async () => {
    const orders = [await newOrder(), await newOrder({ quantity: 3 }), await newOrder({ quantity: 4 })];
    const cache = createOrderDocumentCache({ maxBytes: 64 * 1024 * 1024, maxEntries: 2 });
    for (const o of orders) await readProductionOrder(o.id, { cache });
    expect(cache.size).toBe(2);
    expect(cache.get(orders[0].id)).toBeUndefined();
    expect([cache.get(orders[1].id)?.version, cache.get(orders[2].id)?.version]).toEqual([orders[1].version, orders[2].version]);
    // The evicted order is built again, as it is now
    expect(JSON.parse((await readProductionOrder(orders[0].id, { cache }))!.json)).toEqual(await built(orders[0].id));
    expect(cache.size).toBe(2);
  });

  it("GIVEN a byte bound smaller than one document WHEN it is read THEN it is answered but not kept", async () => {
    const o = await newOrder();
    const cache = createOrderDocumentCache({ maxBytes: 1000, maxEntries: 100 });
    const doc = await readProductionOrder(o.id, { cache });
    expect(doc!.json.length).toBeGreaterThan(1000);
    expect(JSON.parse(doc!.json)).toEqual(await built(o.id));
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });

  it("GIVEN an order's ETag WHEN it is read with If-None-Match THEN 304 without a body while it holds, 200 after a change", async () => {
    const o = await newOrder();
    const first = await get(o.id);
    const etag = first.headers.get("etag")!;
    // WHEN / THEN
    const notModified: ApiResponse = await get(o.id, { "if-none-match": etag });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBeNull();
    expect(notModified.headers.get("etag")).toBe(etag);
    expect((await get(o.id, { "if-none-match": `W/${etag}, "v0"` })).status).toBe(304);
    expect((await get(o.id, { "if-none-match": "*" })).status).toBe(304);
    expect((await get(o.id, { "if-none-match": '"v0"' })).status).toBe(200);
    // … and after a change the old ETag no longer holds
    await updateProductionOrder(db, { ...headerInput(await order(o.id)), description: "Changed" }, supervisor);
    const changed = await get(o.id, { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(json<Doc>(changed).description).toBe("Changed");
    // A list's ETag (a hash of the page) works the same
    const page = await call("GET", "/production-orders?limit=5", { key });
    expect((await call("GET", "/production-orders?limit=5", { key, headers: { "if-none-match": page.headers.get("etag")! } })).status).toBe(
      304,
    );
  });

  it("GIVEN a new order WHEN created and read THEN the first read builds it (no entry of an earlier order is taken for it)", async () => {
    const { id } = await createProductionOrder(db, createInput({ quantity: 2, dueDate: "2027-03-19", refresh: true }), await actorFor());
    expect(orderDocumentCache.get(id)).toBeUndefined();
    expect(json<Doc>(await get(id))).toEqual(await built(id));
  });
});
