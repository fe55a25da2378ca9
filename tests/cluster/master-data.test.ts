import { afterAll, describe, expect, it } from "vitest";
import { serverActions, callAction, type ActionCall } from "../../scripts/bench/http/client.mts";
import { uniqueCode } from "../factories";
import { action, bomTree, cluster, CREATE_ORDER, createOrder, directDb, orderNo, signInUser } from "./support";

// Master data across processes (issue 27): each node keeps the BOM catalogs its refreshes read
// (lib/services/production-orders/refresh/load-bom-catalog.ts), valid under the master-data token
// in the database (MasterDataState, token-cache.ts). A change saved through node A gives the
// database a new token, so node B's next refresh reads the BOM afresh instead of its held copy.

const db = directDb();
afterAll(() => db.$disconnect());
const [a, b] = cluster.nodes;

/** A page that carries the action (Next finds an action by the page it is posted to). */
function pageOf(file: string, name: string, params: Record<string, string>): string {
  const hit = serverActions(".next/server/server-reference-manifest.json").find((x) => x.file === file && x.name === name)!;
  const worker = hit.workers.find((w) => w.startsWith("app/") && w.endsWith("/page"))!;
  return worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]/g, (_, k: string) => encodeURIComponent(params[k] ?? k));
}

async function bomAction(baseUrl: string, cookie: string, name: string, bomNo: string, input: unknown): Promise<ActionCall> {
  const file = "lib/actions/master-data/boms.ts";
  const call = await callAction(baseUrl, pageOf(file, name, { no: bomNo }), action(file, name), [null, input], cookie);
  expect(call.body, `${name} answered ${call.status}`).toContain('"ok":true');
  return call;
}

const bomVersion = async (no: string) => (await db.productionBom.findUniqueOrThrow({ where: { no } })).version;

describe("CLUSTER-2 a master-data change saved through one server is used by the next refresh on another", () => {
  it("a BOM line's Quantity per changed through node A shows in the next order refreshed on node B", async () => {
    // GIVEN an item with a certified two-level BOM, and an order refreshed on node B (B now holds its catalog)
    const tree = await bomTree(db, uniqueCode("CB", 8));
    const top = await db.item.findUniqueOrThrow({ where: { no: tree.topItemNo } });
    const bomNo = top.productionBomNo!;
    const cookie = await signInUser(a.url, 0); // the admin: master data and orders
    const create = CREATE_ORDER();
    const first = await createOrder(b.url, create, cookie, tree.topItemNo);
    expect(first.ok, first.body.slice(0, 500)).toBe(true);
    const lines = await db.productionBomLine.findMany({ where: { bomNo, versionCode: null }, orderBy: { lineNo: "asc" } });
    const changed = lines[0];
    const qtyOf = async (no: string) => {
      const order = await db.productionOrder.findFirstOrThrow({ where: { no, status: "FIRM_PLANNED" } });
      const line = await db.prodOrderLine.findFirstOrThrow({ where: { orderId: order.id, itemNo: tree.topItemNo } });
      const c = await db.prodOrderComponent.findFirstOrThrow({ where: { orderId: order.id, orderLineId: line.id, itemNo: changed.no } });
      return Number(c.quantityPer);
    };
    const before = Number(changed.quantityPer);
    expect(await qtyOf(orderNo(first)!)).toBe(before);

    // WHEN, through node A, the BOM is reopened, its first line gets another Quantity per, and it is certified again
    await bomAction(a.url, cookie, "changeBomStatusAction", bomNo, {
      no: bomNo,
      versionCode: "",
      status: "UNDER_DEVELOPMENT",
      version: await bomVersion(bomNo),
    });
    const after = before + 2;
    const editorLines = lines.map((l, i) => ({
      type: l.type,
      no: l.no,
      description: l.description,
      quantityPer: String(i === 0 ? after : Number(l.quantityPer)),
      unitOfMeasureCode: l.unitOfMeasureCode ?? "",
      scrapPercent: String(Number(l.scrapPercent)),
      routingLinkCode: l.routingLinkCode,
      startingDate: "",
      endingDate: "",
      calculationFormula: l.calculationFormula,
    }));
    const bom = await db.productionBom.findUniqueOrThrow({ where: { no: bomNo } });
    await bomAction(a.url, cookie, "updateProductionBomAction", bomNo, {
      no: bomNo,
      description: bom.description,
      unitOfMeasureCode: bom.unitOfMeasureCode,
      version: bom.version,
      lines: JSON.stringify(editorLines),
    });
    await bomAction(a.url, cookie, "changeBomStatusAction", bomNo, {
      no: bomNo,
      versionCode: "",
      status: "CERTIFIED",
      version: await bomVersion(bomNo),
    });

    // THEN the next order refreshed on node B has the new Quantity per
    const second = await createOrder(b.url, create, cookie, tree.topItemNo);
    expect(second.ok, second.body.slice(0, 500)).toBe(true);
    expect(await qtyOf(orderNo(second)!)).toBe(after);
  });
});
