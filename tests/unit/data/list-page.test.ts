import { describe, expect, it } from "vitest";
import { pageSql, type PageKeysDef } from "@/lib/data/list-page";

// A list page is read by its keys (from the sort's index alone), then its rows, in one
// statement. Issue 24 item 5: every page ≤ 100 ms on a list of 200,000 rows.

const orders: PageKeysDef = {
  table: "ProductionOrder",
  shape: { tiebreak: ["no"], nullable: ["dueDate"] },
  fixed: { status: "FIRM_PLANNED" },
  filters: { no: { kind: "contains", column: "no" } },
};
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("LIST-PAGE reading a page by its keys", () => {
  it("GIVEN a sort and a page WHEN read THEN the page's keys are chosen by the tiebreak alone in the sort's order, both ways, and their rows returned in it", () => {
    const desc = pageSql(orders, { sort: "dueDate", dir: "desc", filters: {}, offset: 50, limit: 25 });
    expect(flat(desc.text)).toBe(
      `SELECT t.* FROM "ProductionOrder" t WHERE "status" = $4 AND (t."no") IN ` +
        `(SELECT t."no" FROM "ProductionOrder" t WHERE "status" = $1 ORDER BY "dueDate" DESC, "no" DESC LIMIT $2 OFFSET $3) ` +
        `ORDER BY "dueDate" DESC, "no" DESC`,
    );
    expect(desc.values).toEqual(["FIRM_PLANNED", 25, 50, "FIRM_PLANNED"]);
    expect(pageSql(orders, { sort: "dueDate", dir: "asc", filters: {}, offset: 0, limit: 25 }).text).toContain(
      `ORDER BY "dueDate" ASC, "no" ASC`,
    );
  });

  it("GIVEN a filter known to leave few rows WHEN read THEN they are collected by the filter first, then sorted", () => {
    const few = pageSql(orders, { sort: "dueDate", dir: "asc", filters: { no: "0012" }, offset: 0, limit: 25 }, { few: true });
    expect(flat(few.text)).toContain(
      `IN (WITH m AS MATERIALIZED (SELECT t."no", t."dueDate" FROM "ProductionOrder" t WHERE "status" = $1 AND "no" ILIKE ('%' || $2 || '%')) ` +
        `SELECT t."no" FROM m t ORDER BY "dueDate" ASC, "no" ASC LIMIT $3 OFFSET $4)`,
    );
    expect(few.values).toEqual(["FIRM_PLANNED", "0012", 25, 0, "FIRM_PLANNED"]);
  });

  it("GIVEN a list whose rows are told apart by two columns WHEN read THEN both select the page's rows", () => {
    const sales: PageKeysDef = { table: "SalesHeader", shape: { tiebreak: ["documentType", "no"] }, filters: {} };
    const page = pageSql(sales, { sort: "no", dir: "asc", filters: {}, offset: 0, limit: 25 });
    expect(flat(page.text)).toBe(
      `SELECT t.* FROM "SalesHeader" t WHERE true AND (t."documentType", t."no") IN ` +
        `(SELECT t."documentType", t."no" FROM "SalesHeader" t WHERE true ORDER BY "no" ASC, "documentType" ASC LIMIT $1 OFFSET $2) ` +
        `ORDER BY "no" ASC, "documentType" ASC`,
    );
  });

  it("GIVEN the columns a list shows WHEN a page is read THEN its rows are read with those columns only", () => {
    const page = pageSql(orders, { sort: "no", dir: "asc", filters: {}, offset: 0, limit: 25 }, { columns: ["no", "dueDate"] });
    expect(flat(page.text)).toMatch(/^SELECT t\."no", t\."dueDate" FROM "ProductionOrder" t WHERE /);
  });
});
