import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportListResponse } from "@/lib/data/export/response";
import { parseListParams } from "@/lib/data/list-params";
import { listNoSeries, NO_SERIES_FILTERS } from "@/lib/data/no-series";
import { listProductionOrders, ORDER_FILTERS } from "@/lib/data/production-orders";
import { adminCues, plannerCues, supervisorCues, type CueGroup } from "@/lib/data/role-center";
import { listSalesOrders, SALES_ORDER_FILTERS } from "@/lib/data/sales-orders";
import { listUsers, USER_FILTERS } from "@/lib/data/users";
import { statusFromSlug } from "@/lib/domain/production-order/slugs";
import { makeNoSeries, makeSalesOrder, uniqueCode } from "../../factories";
import { insertBulkOrders } from "../../factories/bulk-orders";
import { signInAs } from "../../support/session";

// Role Centers: a cue's count is the number of rows of the list it opens (its link carries the
// list's own filters), and each group of cues costs one query, not one per row.

const TODAY = "2026-12-09"; // a Wednesday: the week is 2026-12-07 … 2026-12-13
const firm = uniqueCode("RCF", 12);
const released = uniqueCode("RCR", 12);

/** The total the list behind a cue's link shows, read through the list's own URL parsing. */
async function listTotal(href: string) {
  const url = new URL(href, "http://app");
  const raw = Object.fromEntries(url.searchParams);
  const parts = url.pathname.split("/").filter(Boolean);
  const params = <K extends string>(filters: readonly string[], sort: K) =>
    parseListParams(raw, { sortable: [sort], defaultSort: sort, filters });
  if (parts[0] === "production-orders") return (await listProductionOrders(statusFromSlug(parts[1])!, params(ORDER_FILTERS, "no"))).total;
  if (parts[0] === "sales-orders") return (await listSalesOrders(params(SALES_ORDER_FILTERS, "no"))).total;
  if (parts.join("/") === "admin/number-series") return (await listNoSeries(params(NO_SERIES_FILTERS, "code"))).total;
  if (parts.join("/") === "admin/users") return (await listUsers(params(USER_FILTERS, "name"))).total;
  throw new Error(`no list for ${href}`);
}

async function expectCuesMatchLists(groups: CueGroup[]) {
  for (const cue of groups.flatMap((g) => g.cues)) {
    expect({ cue: cue.key, count: await listTotal(cue.href) }).toEqual({ cue: cue.key, count: cue.count });
  }
}

async function auditOrder(no: string, status: "FIRM_PLANNED" | "RELEASED", actions: [string, string][]) {
  const order = await db.productionOrder.findUniqueOrThrow({ where: { status_no: { status, no } } });
  await db.auditEntry.createMany({
    data: actions.map(([action, at]) => ({ action, at: new Date(at), entityType: "ProductionOrder", entityKey: no, orderId: order.id })),
  });
}

beforeAll(async () => {
  // Starting 2026-12-01 08:00 + n hours: part of them start in the week of TODAY.
  await insertBulkOrders(db, { status: "FIRM_PLANNED", prefix: firm, count: 400 });
  await insertBulkOrders(db, { status: "RELEASED", prefix: released, count: 60 });
  // Some end after their Due Date (due the day they start), some Released are due before TODAY.
  await db.$executeRaw`UPDATE "ProductionOrder" SET "dueDate" = "startingDateTime"::date WHERE no LIKE ${`${firm}%`} AND right(no, 1) IN ('3', '7')`;
  await db.$executeRaw`UPDATE "ProductionOrder" SET "dueDate" = date '2026-12-01' + (right(no, 2)::int % 20) WHERE no LIKE ${`${released}%`}`;
  // Edited after the last refresh (counted), refreshed after the edit (not), edited and never refreshed (counted).
  await auditOrder(`${firm}00000001`, "FIRM_PLANNED", [
    ["refresh", "2026-12-01T08:00Z"],
    ["edit", "2026-12-02T08:00Z"],
  ]);
  await auditOrder(`${firm}00000002`, "FIRM_PLANNED", [
    ["edit", "2026-12-01T08:00Z"],
    ["refresh", "2026-12-02T08:00Z"],
  ]);
  await auditOrder(`${released}00000001`, "RELEASED", [["edit", "2026-12-01T08:00Z"]]);
  // A sales order no production order covers; a number series past its Warning No.
  const item = await db.item.findFirstOrThrow({ where: { productionBomNo: { not: null } } });
  await makeSalesOrder(db, { lines: [{ no: item.no, quantity: 3 }] });
  await makeNoSeries(db, { lines: [{ startingNo: "W0001", warningNo: "W0005", lastNoUsed: "W0007" }] });
});

describe("Role Center cues equal the counts of the lists they open", () => {
  it("GIVEN orders in every state WHEN the planner's cues are read THEN each count is the row count of its list", async () => {
    await signInAs("planner");
    const groups = await plannerCues(TODAY);
    const counts = Object.fromEntries(groups.flatMap((g) => g.cues).map((c) => [c.key, c.count]));
    expect(counts.startingThisWeek).toBeGreaterThan(0);
    expect(counts.endingAfterDue).toBeGreaterThan(0);
    expect(counts.salesNotCovered).toBeGreaterThan(0);
    expect(counts.FIRM_PLANNED).toBeGreaterThanOrEqual(400);
    await expectCuesMatchLists(groups);
  });

  it("GIVEN released orders due before today and orders edited since their refresh WHEN the supervisor's cues are read THEN each count is the row count of its list", async () => {
    await signInAs("supervisor");
    const groups = await supervisorCues(TODAY);
    const counts = Object.fromEntries(groups.flatMap((g) => g.cues).map((c) => [c.key, c.count]));
    expect(counts.late).toBeGreaterThan(0);
    expect(counts.changedFirmPlanned).toBe(1);
    expect(counts.changedReleased).toBe(1);
    await expectCuesMatchLists(groups);
  });

  it("GIVEN a series past its Warning No. WHEN the admin's cues are read THEN each count is the row count of its list", async () => {
    await signInAs("admin");
    const groups = await adminCues();
    const counts = Object.fromEntries(groups.flatMap((g) => g.cues).map((c) => [c.key, c.count]));
    expect(counts.atWarning).toBeGreaterThan(0);
    expect(counts.planner).toBeGreaterThan(0);
    await expectCuesMatchLists(groups);
  });

  it("GIVEN a cue's list WHEN exported with the cue's filter THEN the file holds the cue's count of rows", async () => {
    await signInAs("planner");
    const cue = (await plannerCues(TODAY)).flatMap((g) => g.cues).find((c) => c.key === "endingAfterDue")!;
    const url = new URL(cue.href, "http://app");
    const response = await exportListResponse(url.pathname.split("/").filter(Boolean), url.searchParams, { pageSize: 7 });
    const lines = (await response.text()).trim().split(/\r?\n/);
    expect(lines.length - 1).toBe(cue.count);
  });

  it("GIVEN a planner WHEN the supervisor's or admin's cues are asked for THEN they are refused", async () => {
    await signInAs("planner");
    await expect(supervisorCues(TODAY)).rejects.toThrow();
    await expect(adminCues()).rejects.toThrow();
  });
});
