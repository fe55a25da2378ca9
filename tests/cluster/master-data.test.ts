import { afterAll, describe, expect, it } from "vitest";
import { serverActions, callAction, type ActionCall } from "../../scripts/bench/http/client.mts";
import { calendarHash } from "@/lib/services/master-data/shop-calendars/calendar-hash";
import { uniqueCode } from "../factories";
import { action, bomTree, cluster, CREATE_ORDER, createOrder, directDb, orderNo, signInUser } from "./support";

// Master data across processes (issue 27): each node keeps the BOM catalogs its refreshes read
// (lib/services/production-orders/refresh/load-bom-catalog.ts), valid under the master-data token
// in the database (MasterDataState, token-cache.ts). A change saved through node A gives the
// database a new token, so node B's next refresh reads the BOM afresh instead of its held copy.
// The capacity catalog (routings, work centers with their shop calendars, locations:
// load-capacity-catalog.ts) is kept under the same token.

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
  return masterDataAction(baseUrl, cookie, "lib/actions/master-data/boms.ts", name, { no: bomNo }, input);
}

async function masterDataAction(
  baseUrl: string,
  cookie: string,
  file: string,
  name: string,
  params: Record<string, string>,
  input: unknown,
): Promise<ActionCall> {
  const call = await callAction(baseUrl, pageOf(file, name, params), action(file, name), [null, input], cookie);
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

describe("CLUSTER-2 a shop calendar change saved through one server is used by the next refresh on another", () => {
  it("a holiday added through node A on the day node B scheduled the routing moves the next order's operations on node B", async () => {
    // GIVEN an item whose routing runs on a work center with its own Mon–Fri calendar, and an order refreshed on node B
    const tree = await bomTree(db, uniqueCode("CC", 8));
    const center = await db.workCenter.findUniqueOrThrow({ where: { no: tree.workCenterNo } });
    const calendarCode = center.shopCalendarCode!;
    const cookie = await signInUser(a.url, 0);
    const create = CREATE_ORDER();
    const operationDays = async (no: string) => {
      const order = await db.productionOrder.findFirstOrThrow({ where: { no, status: "FIRM_PLANNED" } });
      const lines = await db.prodOrderRoutingLine.findMany({ where: { orderId: order.id }, orderBy: { operationNo: "asc" } });
      expect(lines.length).toBeGreaterThan(0);
      return lines.flatMap((l) => [l.startingDateTime!, l.endingDateTime!].map((d) => d.toISOString().slice(0, 10)));
    };
    const first = await createOrder(b.url, create, cookie, tree.topItemNo);
    expect(first.ok, first.body.slice(0, 500)).toBe(true);
    const before = await operationDays(orderNo(first)!);
    const lastDay = before.reduce((x, y) => (y > x ? y : x));

    // WHEN, through node A, that day becomes a holiday of the work center's shop calendar
    const calendar = await db.shopCalendar.findUniqueOrThrow({ where: { code: calendarCode }, include: { days: true, holidays: true } });
    const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    await masterDataAction(
      a.url,
      cookie,
      "lib/actions/master-data/shop-calendars.ts",
      "updateShopCalendarAction",
      { code: calendarCode },
      {
        code: calendarCode,
        description: calendar.description,
        days: JSON.stringify(calendar.days.map((d) => ({ weekday: d.weekday, startTime: hhmm(d.startTime), endTime: hhmm(d.endTime) }))),
        holidays: JSON.stringify([{ date: lastDay, description: "Cluster holiday" }]),
        readHash: calendarHash(calendar),
      },
    );
    expect(await db.shopCalendarHoliday.count({ where: { calendarCode, date: new Date(`${lastDay}T00:00:00Z`) } })).toBe(1);

    // THEN the next order refreshed on node B schedules every operation before that day, none on it
    const second = await createOrder(b.url, create, cookie, tree.topItemNo);
    expect(second.ok, second.body.slice(0, 500)).toBe(true);
    const after = await operationDays(orderNo(second)!);
    expect(after).not.toContain(lastDay);
    expect(after.every((d) => d < lastDay)).toBe(true);
  });
});
