import "../../support/next-mocks";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { apiKeyFor, call, json } from "./support";

// Issue 26: the master data other systems read before they create orders, and the admins' peek
// at a number series. Every response is checked against the served document (support.ts).

type Page = { items: Record<string, unknown>[]; nextCursor: string | null };

describe("API-6 master data is read through the API", () => {
  it.each([
    ["/items", "no"],
    ["/production-boms", "no"],
    ["/routings", "no"],
    ["/families", "no"],
    ["/sales-orders", "no"],
    ["/locations", "code"],
  ])(
    "GIVEN a planner's key WHEN %s is listed page by page THEN every record comes once and each one reads back with its ETag",
    async (path, keyField) => {
      const { key } = await apiKeyFor("planner");
      const keys: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await call("GET", `${path}?limit=3${cursor ? `&cursor=${cursor}` : ""}`, { key });
        expect(page.status).toBe(200);
        const b = json<Page>(page);
        keys.push(...b.items.map((i) => String(i[keyField])));
        cursor = b.nextCursor;
      } while (cursor && keys.length < 30);
      expect(keys.length).toBeGreaterThan(0);
      expect(new Set(keys).size).toBe(keys.length);
      const one = await call("GET", `${path}/${encodeURIComponent(keys[0])}`, { key });
      expect(one.status).toBe(200);
      expect(one.headers.get("etag")).toBe(`"v${json<{ version: number }>(one).version}"`);
      expect((await call("GET", `${path}/NO-SUCH-KEY`, { key })).status).toBe(404);
    },
  );

  it("GIVEN the demo series WHEN an admin peeks at the next No. THEN it is answered and nothing is drawn; a planner is refused", async () => {
    const setup = await db.manufacturingSetup.findUniqueOrThrow({ where: { id: 1 } });
    const code = setup.firmPlannedOrderNos!;
    const before = await db.noSeriesLine.findMany({ where: { seriesCode: code } });
    const { key: admin } = await apiKeyFor("admin");
    const peek = await call("GET", `/number-series/${code}/next-no`, { key: admin });
    expect(peek.status).toBe(200);
    expect(json<{ nextNo: string }>(peek).nextNo).toMatch(/\d/);
    expect(await db.noSeriesLine.findMany({ where: { seriesCode: code } })).toEqual(before);
    const { key: planner } = await apiKeyFor("planner");
    expect((await call("GET", `/number-series/${code}/next-no`, { key: planner })).status).toBe(403);
  });
});
