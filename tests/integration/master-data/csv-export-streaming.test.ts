import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listExport } from "@/lib/data/export/paged";
import { exportListResponse } from "@/lib/data/export/response";
import { familyList, listFamilies } from "@/lib/data/families";
import { itemList, listItems } from "@/lib/data/items";
import type { ListSource } from "@/lib/data/list-source";
import { locationList } from "@/lib/data/locations";
import { machineCenterList } from "@/lib/data/machine-centers";
import { productionBomList } from "@/lib/data/production-boms";
import { routingList } from "@/lib/data/routings";
import { salesOrderList } from "@/lib/data/sales-orders";
import { workCenterList } from "@/lib/data/work-centers";
import type { ListParams, Page } from "@/lib/data/list-params";
import { listProductionOrders, productionOrderList } from "@/lib/data/production-orders";
import { parseCsv } from "@/lib/domain/csv/parse";
import { uniqueCode } from "../../factories";
import { insertBulkOrders } from "../../factories/bulk-orders";
import { signInAs, signOut } from "../../support/session";

// An export writes every row of the list's filter exactly once, in the list's order, however
// many pages it takes (keyset paging: the rows after the last one sent). A page size of 50 makes
// 170 rows four pages; sorts on columns with ties and NULLs need the tiebreak to page right.

const PAGE = 50;
const orders = uniqueCode("KS", 12);
const items = uniqueCode("KI", 12);
const families = uniqueCode("KF", 12);

async function exported(path: string, query: string, pageSize = PAGE) {
  const response = await exportListResponse(path.split("/"), new URLSearchParams(query), { pageSize });
  const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(await response.arrayBuffer()));
  return {
    response,
    body,
    nos: parseCsv(body)
      .records.slice(1)
      .map((r) => r.fields[0]),
  };
}

/** What the list page shows, page after page: the order the export must keep. */
async function listed<R extends { no: string }>(
  list: (p: ListParams<string>) => Promise<Page<R>>,
  sort: string,
  dir: "asc" | "desc",
  filters: Record<string, string>,
) {
  const nos: string[] = [];
  for (let page = 1; ; page++) {
    const { rows, total } = await list({ sort, dir, page, pageSize: 40, filters });
    nos.push(...rows.map((r) => r.no));
    if (nos.length >= total || rows.length === 0) return nos;
  }
}

beforeAll(async () => {
  // 170 Firm Planned orders: 30 due dates (every 13th none), 3 source types, 97 quantities.
  await insertBulkOrders(db, { status: "FIRM_PLANNED", prefix: orders, count: 170, dueDays: 30 });
  const bom = await db.productionBom.findFirstOrThrow({ orderBy: { no: "asc" } });
  // Items where most have no Production BOM No. (NULL, which PostgreSQL sorts high).
  await db.item.createMany({
    data: Array.from({ length: 130 }, (_, i) => ({
      no: `${items}${String(i).padStart(3, "0")}`,
      description: `Keyset ${i % 7}`,
      baseUnitOfMeasure: "PCS",
      productionBomNo: i % 4 === 0 ? bom.no : null,
    })),
  });
  await db.family.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      no: `${families}${String(i).padStart(3, "0")}`,
      description: `Keyset family ${i % 5}`,
      blocked: i % 3 === 0,
    })),
  });
  await signInAs("planner");
});

describe("A list export writes every row of the filter once, in the list's order (keyset paging)", () => {
  it.each([
    ["dueDate", "desc"],
    ["dueDate", "asc"],
    ["sourceType", "asc"],
    ["sourceType", "desc"],
    ["quantity", "desc"],
    ["sourceNo", "asc"],
    ["no", "desc"],
  ] as const)(
    "GIVEN 170 orders and pages of 50 WHEN exported sorted by %s %s THEN each row once, as the list orders them",
    async (sort, dir) => {
      // GIVEN the list page's own order for this filter and sort
      const expected = await listed((p) => listProductionOrders("FIRM_PLANNED", p as ListParams<"no">), sort, dir, { no: orders });
      expect(expected).toHaveLength(170);
      // WHEN the export runs with the list's query string
      const { response, nos } = await exported("production-orders/firm-planned", `f_no=${orders}&sort=${sort}&dir=${dir}&page=3`);
      // THEN the same rows in the same order, none twice, none missing
      expect(response.status).toBe(200);
      expect(new Set(nos).size).toBe(170);
      expect(nos).toEqual(expected);
    },
  );

  it("GIVEN the list's filters (contains, type, date range) WHEN exported THEN the same rows as the list shows", async () => {
    const filters = { no: orders, sourceType: "FAMILY", sourceNo: "bulk-1", dueFrom: "2027-01-05", dueTo: "2027-01-20" };
    const expected = await listed((p) => listProductionOrders("FIRM_PLANNED", p as ListParams<"no">), "dueDate", "desc", filters);
    const query = new URLSearchParams({
      ...Object.fromEntries(Object.entries(filters).map(([k, v]) => [`f_${k}`, v])),
      sort: "dueDate",
      dir: "desc",
    });
    const { nos } = await exported("production-orders/firm-planned", query.toString(), 5);
    expect(expected.length).toBeGreaterThan(5);
    expect(nos).toEqual(expected);
  });

  it.each([
    ["productionBomNo", "desc"],
    ["productionBomNo", "asc"],
    ["description", "desc"],
  ] as const)(
    "GIVEN items with NULLs and ties WHEN exported sorted by %s %s THEN each row once, as the list orders them",
    async (sort, dir) => {
      const expected = await listed((p) => listItems(p as ListParams<"no">), sort, dir, { no: items });
      const { nos } = await exported("items", `f_no=${items}&sort=${sort}&dir=${dir}`);
      expect(expected).toHaveLength(130);
      expect(nos).toEqual(expected);
    },
  );

  it("GIVEN families WHEN exported sorted by Blocked (a yes/no column) THEN each row once, as the list orders them", async () => {
    const expected = await listed((p) => listFamilies(p as ListParams<"no">), "blocked", "desc", { no: families });
    const { nos } = await exported("families", `f_no=${families}&sort=blocked&dir=desc`);
    const { nos: blocked } = await exported("families", `f_no=${families}&f_blocked=yes`);
    expect(blocked).toHaveLength(40);
    expect(expected).toHaveLength(120);
    expect(nos).toEqual(expected);
  });

  it("GIVEN more rows than the old 100,000-row cut WHEN the Firm Planned list is exported THEN every row is in the file", async () => {
    // GIVEN 100,010 orders of our own
    const many = uniqueCode("KM", 12);
    await insertBulkOrders(db, { status: "FIRM_PLANNED", prefix: many, count: 100_010 });
    // WHEN exported with the default page size
    const { response, nos } = await exported("production-orders/firm-planned", `f_no=${many}`, undefined);
    // THEN all of them, highest No. first (the list's default order)
    expect(response.status).toBe(200);
    expect(nos).toHaveLength(100_010);
    expect(new Set(nos).size).toBe(100_010);
    expect(nos[0]).toBe(`${many}00100010`);
    expect(nos.at(-1)).toBe(`${many}00000001`);
    // Its fixture writes 100,010 orders into a table with one index per list sort (issue 24):
    // on a loaded 2-core machine the insert alone took 30 s of the default 60 s.
  }, 150_000);

  it.each([
    ["items", "f_no=1&f_description=a&f_replenishmentSystem=PROD_ORDER&f_blocked=no", itemList, "no", 0],
    ["production-boms", "f_no=1&f_description=a&f_status=CERTIFIED", productionBomList, "no", 0],
    ["routings", "f_no=1&f_description=a&f_status=CERTIFIED", routingList, "no", 0],
    ["work-centers", "f_no=0&f_name=in&f_shopCalendarCode=st", workCenterList, "no", 0],
    ["machine-centers", "f_no=3&f_name=ch&f_workCenterNo=30", machineCenterList, "no", 0],
    ["families", "f_no=1&f_description=a&f_blocked=no", familyList, "no", 0],
    [
      "sales-orders",
      "f_documentType=ORDER&f_no=so&f_sellToName=r&f_locationCode=e&f_shipmentFrom=2026-12-10&f_shipmentTo=2027-01-12",
      salesOrderList,
      "no",
      1,
    ],
    ["locations", "f_code=e&f_name=ware", locationList, "code", 0],
    [
      "production-orders/firm-planned",
      "f_no=1&f_sourceType=ITEM&f_sourceNo=1&f_dueFrom=2020-01-01&f_dueTo=2030-12-31",
      productionOrderList("FIRM_PLANNED"),
      "no",
      0,
    ],
  ] as const)(
    "GIVEN the %s list with every filter set WHEN exported THEN the rows its page shows",
    async (path, query, source, key, column) => {
      // GIVEN the list page for these filters (the default sort)
      const filters = Object.fromEntries([...new URLSearchParams(query)].map(([k, v]) => [k.slice(2), v]));
      const sort = key === "code" ? "code" : "no";
      const dir = path.startsWith("production-orders") ? "desc" : "asc";
      const page = await (source as ListSource<Record<string, unknown>>).page({ sort, dir, page: 1, pageSize: 10_000, filters });
      // WHEN exported with the same query string
      const response = await exportListResponse(path.split("/"), new URLSearchParams(query), { pageSize: 7 });
      const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(await response.arrayBuffer()));
      // THEN the same rows in the same order
      expect(page.total).toBeGreaterThan(0);
      expect(
        parseCsv(body)
          .records.slice(1)
          .map((r) => r.fields[column]),
      ).toEqual(page.rows.map((r) => r[key]));
    },
  );

  it("GIVEN no session WHEN the orders are exported THEN 401 and no row of data", async () => {
    signOut();
    const { response, body } = await exported("production-orders/firm-planned", `f_no=${orders}`);
    await signInAs("planner");
    expect(response.status).toBe(401);
    expect(body).not.toContain(orders);
  });

  it("GIVEN a planner WHEN exporting the number series (admin only) THEN 403 and no row of data", async () => {
    const { response, body } = await exported("admin/number-series", "");
    expect(response.status).toBe(403);
    expect(body).not.toContain("FPL-PROD");
  });

  it("GIVEN a read that fails after the first page WHEN the export streams THEN the download fails instead of ending short", async () => {
    // GIVEN the families export whose third read fails (the database went away, say)
    let reads = 0;
    const source = familyList;
    const failing = listExport({
      fileName: "families",
      sortable: ["no"],
      defaultSort: "no",
      filters: ["no"],
      fields: ["no"],
      columns: [["No.", (r) => r.no]],
      source: {
        ...source,
        readAfter: async (q, after, take, fields) => {
          if (++reads === 3) throw new Error("connection lost");
          return source.readAfter(q, after, take, fields);
        },
      },
    });
    // WHEN the file is read to its end
    const stream = await failing.open({ f_no: families }, { pageSize: PAGE });
    const received: string[] = [];
    const reading = (async () => {
      const reader = stream.getReader();
      const decoder = new TextDecoder();
      for (let r = await reader.read(); !r.done; r = await reader.read()) received.push(decoder.decode(r.value, { stream: true }));
    })();
    // THEN reading fails (the server aborts the response) after the two pages that were read
    await expect(reading).rejects.toThrow("connection lost");
    expect(received.join("").split("\r\n").filter(Boolean)).toHaveLength(1 + 2 * PAGE);
  });

  it("GIVEN orders of one status WHEN the keyset source reads after the last row THEN nothing more", async () => {
    const source = productionOrderList("FIRM_PLANNED");
    const query = { sort: "no", dir: "asc" as const, filters: { no: orders } };
    const all = await source.readAfter(query, null, 500);
    expect(all.rows).toHaveLength(170);
    expect((await source.readAfter(query, all.cursor, 500)).rows).toEqual([]);
  });
});
