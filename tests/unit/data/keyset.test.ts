import { describe, expect, it } from "vitest";
import { afterSql, keyColumns, listOrderBy, orderBySql, type ListShape } from "@/lib/data/keyset";
import { sqlWhere } from "@/lib/data/list-filters";

// The export's page boundaries (keyset) must follow the list page's order exactly: the sort
// column, NULLs where the list puts them, then the unique tiebreak in the same direction (a
// descending sort is the exact reverse of the ascending one, so one index serves both).

const params = () => {
  const values: unknown[] = [];
  return { values, param: (v: unknown) => `$${values.push(v)}` };
};

describe("keyset paging in the list's order", () => {
  const orders: ListShape = { tiebreak: ["no"], nullable: ["dueDate"], nullsLast: true };
  const items: ListShape = { tiebreak: ["no"], nullable: ["routingNo"] };

  it("GIVEN a unique sort column WHEN paging THEN one comparison, no tiebreak", () => {
    const keys = keyColumns(orders, "no", "desc");
    const { values, param } = params();
    expect(orderBySql(keys, orders)).toBe(`"no" DESC`);
    expect(afterSql(keys, ["P-10"], param)).toBe(`"no" <= $2 AND (("no" < $1))`);
    expect(values).toEqual(["P-10", "P-10"]);
  });

  it("GIVEN a non-unique sort column WHEN paging THEN ties go on by the tiebreak", () => {
    const keys = keyColumns(orders, "dueDate", "desc");
    const { param } = params();
    expect(orderBySql(keys, orders)).toBe(`"dueDate" DESC NULLS LAST, "no" DESC`);
    expect(afterSql(keys, ["2027-01-05", "P-10"], param)).toBe(
      `("dueDate" <= $4 OR "dueDate" IS NULL) AND ((("dueDate" < $1 OR "dueDate" IS NULL)) OR ("dueDate" = $3 AND "no" < $2))`,
    );
  });

  it("GIVEN NULLs last WHEN the last row sent has none THEN only NULL rows after it, by the tiebreak", () => {
    const { param } = params();
    expect(afterSql(keyColumns(orders, "dueDate", "asc"), [null, "P-10"], param)).toBe(
      `"dueDate" IS NULL AND (("dueDate" IS NULL AND "no" > $1))`,
    );
  });

  it("GIVEN PostgreSQL's NULL placement (first when descending) WHEN the last row has none THEN every non-NULL row follows", () => {
    const { param } = params();
    expect(afterSql(keyColumns(items, "routingNo", "desc"), [null, "I-1"], param)).toBe(
      `(("routingNo" IS NOT NULL) OR ("routingNo" IS NULL AND "no" < $1))`,
    );
    expect(orderBySql(keyColumns(items, "routingNo", "desc"), items)).toBe(`"routingNo" DESC, "no" DESC`);
    expect(orderBySql(keyColumns(items, "routingNo", "asc"), items)).toBe(`"routingNo" ASC, "no" ASC`);
    expect(listOrderBy(items, "routingNo", "desc")).toEqual([{ routingNo: "desc" }, { no: "desc" }]);
    expect(listOrderBy(orders, "dueDate", "desc")).toEqual([{ dueDate: { sort: "desc", nulls: "last" } }, { no: "desc" }]);
  });

  it("GIVEN a column name that is not a plain identifier WHEN building SQL THEN it refuses", () => {
    const { param } = params();
    expect(() => afterSql(keyColumns(items, `no"; DROP TABLE x; --`, "asc"), ["a", "b"], param)).toThrow("not a column name");
  });

  it("GIVEN the list's filters WHEN rendered as SQL THEN values travel as parameters, unknown enum values are no filter", () => {
    const { values, param } = params();
    const sql = sqlWhere(
      { status: "FIRM_PLANNED" },
      {
        no: { kind: "contains", column: "no" },
        sourceType: { kind: "oneOf", column: "sourceType", values: ["ITEM", "FAMILY"] },
        blocked: { kind: "yesNo", column: "blocked" },
        dueFrom: { kind: "dayFrom", column: "dueDate" },
      },
      { no: "x'; --", sourceType: "BOGUS", blocked: "yes", dueFrom: "2027-02-30x" },
      param,
    );
    expect(sql).toBe(`"status" = $1 AND "no" ILIKE ('%' || $2 || '%') AND "blocked" = $3`);
    expect(values).toEqual(["FIRM_PLANNED", "x'; --", true]);
  });

  it("GIVEN a day-to filter on a timestamp and a SQL condition WHEN rendered as SQL THEN the whole day counts and the condition applies only when asked for", () => {
    const { values, param } = params();
    const specs = {
      startTo: { kind: "dayTo", column: "startingDateTime" },
      late: { kind: "condition", sql: `t."endingDateTime"::date > t."dueDate"` },
    } as const;
    expect(sqlWhere({}, specs, { startTo: "2026-12-13", late: "yes" }, param)).toBe(
      `"startingDateTime" < ($1::date + 1) AND (t."endingDateTime"::date > t."dueDate")`,
    );
    expect(values).toEqual(["2026-12-13"]);
    expect(sqlWhere({}, specs, { late: "no" }, params().param)).toBe("true");
  });
});
