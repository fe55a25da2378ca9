// The HTTP benchmark's data: its own embedded PostgreSQL (folder and port of its own, so it
// never meets the other benchmarks or a running app), the demo company, a generated item whose
// make-to-order BOM has ~250 components on 3 levels plus a routing, one planner per virtual
// user, and a Firm Planned series with room for every order the run creates.
import { startEmbeddedDb, type EmbeddedDb } from "../../../lib/embedded-db.ts";
import { prepareDatabase } from "../../../lib/prepare-database.ts";
import { createPrismaClient, type Db } from "../../../lib/db-client.ts";
import { createUser } from "../../../lib/seed/demo-users.ts";
import { makeBomTree, type BomTree } from "../../../tests/factories/bom-tree.ts";

export const BENCH_PASSWORD = "Bench-Http-2026!";

/** `dataDir`: the embedded cluster's folder (none on BENCH_DATABASE_URL). */
export type Fixture = {
  url: string;
  db: Db;
  tree: BomTree;
  users: string[];
  series: string;
  dataDir: string | null;
  stop: () => Promise<void>;
};

/**
 * `embedded`: a cluster of the caller's own (folder and port), never BENCH_DATABASE_URL: the A/B
 * script (scripts/http-ab.mts) runs two of these side by side.
 */
export async function benchFixture(opts: {
  users: number;
  orders: number;
  log: (s: string) => void;
  embedded?: { dir: string; port: number };
}): Promise<Fixture> {
  let embedded: EmbeddedDb | null = null;
  let url = opts.embedded ? undefined : process.env.BENCH_DATABASE_URL;
  const dir = opts.embedded?.dir ?? ".data/bench-http";
  if (!url) {
    const port = opts.embedded?.port ?? Number(process.env.BENCH_PG_PORT ?? 54460);
    embedded = await startEmbeddedDb({ dir, port, database: "bench", fresh: true, fast: process.env.BENCH_PG_FAST === "1", log: opts.log });
    url = embedded.url;
  }
  const stopDb = async () => void (await embedded?.stop());
  try {
    await prepareDatabase(url);
    const db = createPrismaClient(url, { max: 4 });
    const tree = await makeBomTree(db, { levels: 3, fanOut: 6, prefix: "HB", routingOperations: 3 });
    const users: string[] = [];
    for (let i = 1; i <= opts.users; i++) {
      const email = `bench-${i}@bench.local`;
      await createUser(db, { email, name: `Bench Planner ${i}`, role: "planner", password: BENCH_PASSWORD });
      users.push(email);
    }
    const series = await ensureRoom(db, opts.orders);
    return {
      url,
      db,
      tree,
      users,
      series,
      dataDir: embedded ? dir : null,
      stop: async () => {
        await db.$disconnect();
        await stopDb();
      },
    };
  } catch (e) {
    await stopDb();
    throw e;
  }
}

/** The Firm Planned series must not run out (NS_RUN_OUT would count as errors). */
async function ensureRoom(db: Db, orders: number): Promise<string> {
  const setup = await db.manufacturingSetup.findFirstOrThrow();
  const code = setup.firmPlannedOrderNos;
  if (!code) throw new Error("Manufacturing Setup has no Firm Planned Order Nos.");
  const lines = await db.noSeriesLine.findMany({ where: { seriesCode: code }, orderBy: { lineNo: "asc" } });
  for (const line of lines) {
    const last = Number((line.lastNoUsed || line.startingNo).replace(/\D/g, "")) || 0;
    const end = line.endingNo ? Number(line.endingNo.replace(/\D/g, "")) : Infinity;
    if (end - last < orders * 2) {
      await db.noSeriesLine.update({ where: { id: line.id }, data: { endingNo: "", warningNo: "" } });
    }
  }
  return code;
}

/** After the run: rows vs successful calls, numbers stored twice, components per order. */
export async function audit(db: Db, topItemNo: string, expectedComponents: number) {
  const [row] = await db.$queryRaw<{ orders: bigint; distinct_nos: bigint; placeholders: bigint; bad_components: bigint }[]>`
    WITH o AS (SELECT id, no FROM "ProductionOrder" WHERE status = 'FIRM_PLANNED' AND "sourceNo" = ${topItemNo}),
         c AS (SELECT o.id, count(pc.id) AS n FROM o LEFT JOIN "ProdOrderComponent" pc ON pc."orderId" = o.id GROUP BY o.id)
    SELECT (SELECT count(*) FROM o) AS orders,
           (SELECT count(DISTINCT no) FROM o) AS distinct_nos,
           (SELECT count(*) FROM o WHERE no LIKE '~%') AS placeholders,
           (SELECT count(*) FROM c WHERE n <> ${expectedComponents}) AS bad_components`;
  return {
    orders: Number(row.orders),
    distinctNos: Number(row.distinct_nos),
    placeholders: Number(row.placeholders),
    badComponents: Number(row.bad_components),
  };
}
