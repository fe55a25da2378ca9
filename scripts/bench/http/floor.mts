// The HTTP benchmark's raw-SQL floor: the same order written by hand-written SQL over pg, with
// the same concurrency, on the same database and machine, in the same run. No HTTP, no Next, no
// session, no validation, no scheduling, no audit entry — only what PostgreSQL must do for a
// created order: the header, its lines (one per make-to-order item of the BOM, walked with one
// recursive CTE), their components, the top line's routing operations, and a number from the
// series, committed. One statement writes the rows; the number is drawn by the last statement,
// sent with the COMMIT (as the app does, NS-8). On a machine whose speed drifts from day to day,
// the app's figures divided by these say how far the app is from the database's own limit.
import pg from "pg";
import { orderRowsCtes } from "../floor-sql.mts";

const WRITE = `
  WITH RECURSIVE o AS (
    INSERT INTO "ProductionOrder" (status, no, "sourceType", "sourceNo", quantity, "dueDate", "creationDate", "lastDateModified", "noSeries", "createdAt", "updatedAt")
    VALUES ('FIRM_PLANNED', $3, 'ITEM', $1, $2::numeric, $4::date, CURRENT_DATE, CURRENT_DATE, $5, now(), now())
    RETURNING id
  ),
  ${orderRowsCtes({ item: "$1", qty: "$2", due: "$4" })}
  SELECT (SELECT id FROM o) AS id, (SELECT count(*) FROM c)::int AS components`;

export type FloorCall = { ok: boolean; ms: number; error?: string };

/** One order, as the floor writes it. */
type FloorInput = { itemNo: string; quantity: number; dueDate: string; series: string; expectedComponents: number };

async function createOne(pool: pg.Pool, input: FloorInput, seq: number): Promise<FloorCall> {
  const t0 = performance.now();
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: number; components: number }>({
      name: "floor_write",
      text: WRITE,
      values: [input.itemNo, input.quantity, `~floor-${process.pid}-${seq}`, input.dueDate, input.series],
    });
    const id = Number(rows[0].id);
    if (rows[0].components !== input.expectedComponents)
      throw new Error(`the floor wrote ${rows[0].components} components, expected ${input.expectedComponents}`);
    await client.query(
      `UPDATE "ProductionOrder" SET no = (SELECT no FROM po_take_next_no(${client.escapeLiteral(input.series)}, CURRENT_DATE, 'FIRM_PLANNED')) WHERE id = ${id}; COMMIT`,
    );
    return { ok: true, ms: performance.now() - t0 };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    return { ok: false, ms: performance.now() - t0, error: String(e) };
  } finally {
    client.release();
  }
}

let seq = 0;
/** A floor phase: `users` concurrent loops of `ordersEach` orders on a pool of `poolMax` connections. */
export async function floorPhase(pool: pg.Pool, users: number, ordersEach: number, input: FloorInput) {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: users }, async () => {
      for (let i = 0; i < ordersEach; i++) {
        const r = await createOne(pool, input, ++seq);
        if (r.ok) latencies.push(r.ms);
        else {
          errors++;
          firstError ??= r.error;
        }
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, sorted: latencies.sort((a, b) => a - b), errors, firstError };
}
