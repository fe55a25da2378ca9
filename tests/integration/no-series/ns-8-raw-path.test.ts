// NS-8 fast path: outside a transaction insertWithNextNo sends its one statement straight to the
// client's pg pool (lib/db-client.ts). A script that imports the client module by a relative
// path while the services import it by its alias gets two instances of that module; the pool
// must still be found, or every draw quietly takes the 3× slower path through Prisma.
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient, rawPoolOf } from "@/lib/db-client";
import { insertWithNextNo } from "../../support/no-series-draw";
import { makeNoSeries } from "../../factories";
import { createDocTable, insertDoc, readDocNos } from "./support";

const client = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => client.$disconnect());

describe("NS-8 insertWithNextNo takes the client's pg pool directly", () => {
  it("another instance of the client module finds the pool of a client this one made", async () => {
    vi.resetModules();
    const other = await import("@/lib/db-client");
    expect(other.rawPoolOf).not.toBe(rawPoolOf);
    expect(other.rawPoolOf(client)).toBe(rawPoolOf(client));
    expect(rawPoolOf(client)).not.toBeNull();
  });

  it("a draw outside a transaction is one statement on that pool, and the row is written", async () => {
    const series = await makeNoSeries(db, { lines: [{ startingNo: "RP-0001" }] });
    await createDocTable("ns8_raw_path");
    const pool = rawPoolOf(client)!;
    const query = vi.spyOn(pool, "query");

    const { drawn } = await insertWithNextNo(client, series.code, null, insertDoc("ns8_raw_path", series.code));

    expect(query).toHaveBeenCalledTimes(1);
    expect(drawn.no).toBe("RP-0001");
    expect(await readDocNos("ns8_raw_path", series.code)).toEqual(["RP-0001"]);
    query.mockRestore();
  });

  it("a client the module did not make (an interactive transaction's) has no raw pool", async () => {
    await client.$transaction(async (tx) => {
      expect(rawPoolOf(tx)).toBeNull();
    });
  });
});
