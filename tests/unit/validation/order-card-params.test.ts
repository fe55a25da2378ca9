import { describe, expect, it } from "vitest";
import { pageOf, parseOrderCardParams } from "@/lib/data/list-params";

// The order card's URL picks a line and pages its Lines and that line's Components. Whatever
// the URL holds, the card gets a line number or none and pages it can show.

describe("order card URL parameters", () => {
  it("reads the picked line and both pages", () => {
    expect(parseOrderCardParams({ line: "570000", lpage: "2", cpage: "3" })).toEqual({ line: 570000, linePage: 2, componentPage: 3 });
  });

  it("defaults to no picked line and the first pages", () => {
    expect(parseOrderCardParams({})).toEqual({ line: null, linePage: 1, componentPage: 1 });
  });

  it.each([
    ["text", { line: "abc", lpage: "x", cpage: "<script>" }],
    ["negative and fractional numbers", { line: "-10000", lpage: "-4", cpage: "1.5" }],
    ["numbers beyond an int column", { line: "99999999999", lpage: "1e9", cpage: "Infinity" }],
  ])("ignores %s", (_, raw) => {
    expect(parseOrderCardParams(raw)).toEqual({ line: null, linePage: 1, componentPage: 1 });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseOrderCardParams({ line: ["20000", "30000"], lpage: ["2", "5"] })).toMatchObject({ line: 20000, linePage: 2 });
  });
});

describe("pageOf", () => {
  it("gives the rows to skip for a page", () => {
    expect(pageOf(3, 1111, 50)).toEqual({ page: 3, pages: 23, pageSize: 50, skip: 100 });
  });

  it("brings a page past the end back to the last page", () => {
    expect(pageOf(99, 57, 50)).toEqual({ page: 2, pages: 2, pageSize: 50, skip: 50 });
  });

  it("shows one empty page when there are no rows", () => {
    expect(pageOf(4, 0, 50)).toEqual({ page: 1, pages: 1, pageSize: 50, skip: 0 });
  });
});
