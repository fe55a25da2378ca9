import { db as appDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import { ConcurrencyError, DomainError } from "@/lib/errors";
import { msg, type Message } from "@/lib/i18n/domain-message";
import { logUnexpected } from "@/lib/log";
import type { Actor } from "@/lib/services/audit";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { deleteProductionOrder } from "@/lib/services/production-orders/delete-production-order";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { patchedEdit, updateProductionOrder } from "@/lib/services/production-orders/update-production-order";
import { linesNotOnWorksheet } from "@/lib/services/planning/accept-action-messages";
import { finishPlanningRun, reportPlanningProgress, startPlanningRun, throttledProgress } from "@/lib/services/planning/planning-runs";
import { withRetry } from "@/lib/services/retry";
import type { SqlTx } from "@/lib/services/sql-tx";
import type { Role } from "@/lib/domain/auth/permissions";

// PL-8 Carry Out Action Message: the accepted lines of items replenished by production, each on
// its own, through the services a planner uses by hand (one implementation of each rule):
//   New → createProductionOrder (Source Type Item, the chosen status, its series' number drawn
//         last, NS-8) with its refresh, which makes the make-to-order sublines as RF-4 does — so
//         a line's make-to-order components (Planning Level > 0) are carried out with it;
//   Change Qty. / Reschedule / Resched. & Chg. Qty. → updateProductionOrder at the version the
//         plan read (X-2: a changed order is refused), then refreshProductionOrder, both in ONE
//         transaction of carry-out's (the services accept a caller's transaction);
//   Cancel → deleteProductionOrder at the version the plan read.
// Each service writes its audit entry in the transaction it runs in. A refused line keeps its
// place on the worksheet with its message; the others go on. Carried-out lines (and their
// sublines) leave the worksheet; purchase lines stay as proposals.
//
// `lineNos` is the worksheet's filter, as BC's Carry Out works within the page's current filter:
// only the accepted lines among them are carried out (an unaccepted one is left out, as BC
// ignores it), each with its make-to-order lines. A Line No. not on the worksheet refuses the
// whole call before anything is written.

export type CarryOutInput = { status: "FIRM_PLANNED" | "PLANNED"; lineNos?: number[] };
export type CarryOutLineResult = { lineNo: number; itemNo: string; actionMessage: string } & (
  { ok: true; orderNo: string | null; orderStatus: "FIRM_PLANNED" | "PLANNED" | null } | { ok: false; message: Message }
);

type WorksheetLine = {
  lineNo: number;
  actionMessage: "NEW" | "CHANGE_QTY" | "RESCHEDULE" | "RESCHEDULE_AND_CHANGE_QTY" | "CANCEL";
  itemNo: string;
  variantCode: string;
  locationCode: string;
  quantity: string;
  dueDate: string;
  refOrderStatus: "PLANNED" | "FIRM_PLANNED" | null;
  refOrderNo: string | null;
  refOrderVersion: number | null;
};

/** What carry-out takes: the user's accepted top-level production lines (within `lineNos` when given). */
const accepted = (userId: string, lineNos: number[] | undefined) => Prisma.sql`
  "userId" = ${userId} AND "acceptActionMessage" AND "replenishmentSystem" = 'PROD_ORDER' AND "parentLineNo" IS NULL
  AND (${lineNos === undefined} OR "lineNo" = ANY(${lineNos ?? []}::int[]))`;

/** The accepted top-level production lines of the user's worksheet (within `lineNos` when given), in line order. */
async function acceptedLines(db: Db, userId: string, lineNos: number[] | undefined): Promise<WorksheetLine[]> {
  return db.$queryRaw<WorksheetLine[]>`
    SELECT "lineNo", "actionMessage"::text AS "actionMessage", "itemNo", "variantCode", "locationCode",
      trim_scale(quantity)::text AS quantity, to_char("dueDate", 'YYYY-MM-DD') AS "dueDate",
      "refOrderStatus"::text AS "refOrderStatus", "refOrderNo", "refOrderVersion"
    FROM "PlanningWorksheetLine" WHERE ${accepted(userId, lineNos)}
    ORDER BY "lineNo"`;
}

async function referencedOrder(db: Db, line: WorksheetLine) {
  const order = await db.productionOrder.findFirst({
    where: { status: line.refOrderStatus!, no: line.refOrderNo! },
  });
  // Gone since the plan read it: as stale as a changed one.
  if (!order || order.version !== line.refOrderVersion) throw new ConcurrencyError();
  return order;
}

/**
 * Removes a carried-out line and its make-to-order lines from the worksheet, in the transaction
 * that carries it out: the order's change and the line's removal commit together or not at all,
 * so no crash between them can leave a carried-out line to be carried out twice. The DELETE is also
 * the line's claim: a line already gone (carried out meanwhile) rolls the change back.
 */
const removeFromWorksheet = (userId: string, lineNo: number) => async (tx: Pick<SqlTx, "$queryRaw">) => {
  const removed = await tx.$queryRaw<{ lineNo: number }[]>`
    DELETE FROM "PlanningWorksheetLine" WHERE "userId" = ${userId} AND ("lineNo" = ${lineNo} OR "parentLineNo" = ${lineNo})
    RETURNING "lineNo"`;
  if (!removed.some((r) => r.lineNo === lineNo)) throw new ConcurrencyError();
};

async function carryOutLine(db: Db, line: WorksheetLine, input: CarryOutInput, actor: Actor & { role: Role }): Promise<string | null> {
  const removeLine = removeFromWorksheet(actor.id, line.lineNo);
  if (line.actionMessage === "NEW") {
    const created = await createProductionOrder(
      db,
      {
        status: input.status,
        no: "",
        sourceType: "ITEM",
        sourceNo: line.itemNo,
        variantCode: line.variantCode,
        quantity: Number(line.quantity),
        dueDate: line.dueDate,
        locationCode: line.locationCode,
        refresh: true,
      },
      actor,
      removeLine,
    );
    return created.no;
  }
  const order = await referencedOrder(db, line);
  await withRetry(() =>
    db.$transaction(
      async (tx) => {
        if (line.actionMessage === "CANCEL") {
          // The engine proposes one Cancel per order, a multi-level one included: it deletes the order.
          await deleteProductionOrder(db, { id: order.id, version: order.version }, actor, tx);
        } else {
          // The change and its refresh in one transaction: a refused refresh leaves the order as it was.
          const updated = await updateProductionOrder(
            db,
            patchedEdit(order, order.version, { quantity: Number(line.quantity), dueDate: line.dueDate }),
            actor,
            tx,
          );
          await refreshProductionOrder({ orderId: order.id, expectedVersion: updated.version }, actor, tx, db);
        }
        await removeLine(tx);
      },
      { timeout: 60_000 },
    ),
  );
  return order.no;
}

/** Progress of a carry-out: after each line, how many are done of how many, and that line's outcome (awaited before the next line). */
export type CarryOutProgress = (progress: { linesDone: number; linesTotal: number; result: CarryOutLineResult }) => void | Promise<void>;

/** Whether the user has an accepted production line (within the filter): none, no run to record. */
async function anyAccepted(db: Db, userId: string, lineNos: number[] | undefined): Promise<boolean> {
  const [row] = await db.$queryRaw<{ any: boolean }[]>`
    SELECT EXISTS (SELECT FROM "PlanningWorksheetLine" WHERE ${accepted(userId, lineNos)}) AS any`;
  return row.any;
}

/**
 * Starts the user's carry-out as a run of theirs (refused while a calculation or a carry-out of
 * theirs runs, PL-2's rule); `done` settles with each line's outcome. The run's row has the lines
 * done of total (written at most every 250 ms, never in a line's transaction) and, once DONE, each
 * line's result, for the dialog to poll. runId null: no accepted line, nothing to carry out.
 */
export async function startCarryOut(
  input: CarryOutInput,
  actor: Actor & { role: Role },
  db: Db = appDb,
  onProgress?: CarryOutProgress,
): Promise<{ runId: number | null; done: Promise<CarryOutLineResult[]> }> {
  const missing = input.lineNos ? await linesNotOnWorksheet(db, actor.id, input.lineNos) : null;
  if (missing) throw missing;
  if (!(await anyAccepted(db, actor.id, input.lineNos))) return { runId: null, done: Promise.resolve([]) };
  const runId = await startPlanningRun(db, actor.id, "CARRY_OUT");
  const done = carryOutRun(db, runId, input, actor, onProgress).catch(async (e: unknown) => {
    await finishPlanningRun(db, runId, { error: e instanceof Error ? e.message : String(e) }).catch(() => undefined);
    throw e;
  });
  // The dialog learns the outcome from the run's row; a rejection is logged here too.
  done.catch((e: unknown) => logUnexpected(e));
  return { runId, done };
}

/** Carries out the user's accepted production lines, one by one, and waits; returns each line's outcome (the API, scripts, tests). */
export async function carryOutActionMessages(
  input: CarryOutInput,
  actor: Actor & { role: Role },
  db: Db = appDb,
  onProgress?: CarryOutProgress,
): Promise<CarryOutLineResult[]> {
  return (await startCarryOut(input, actor, db, onProgress)).done;
}

async function carryOutRun(
  db: Db,
  runId: number,
  input: CarryOutInput,
  actor: Actor & { role: Role },
  onProgress: CarryOutProgress | undefined,
): Promise<CarryOutLineResult[]> {
  const results: CarryOutLineResult[] = [];
  // Read after the run started: a carry-out that finished meanwhile has removed its lines.
  const lines = await acceptedLines(db, actor.id, input.lineNos);
  await reportPlanningProgress(db, runId, 0, lines.length);
  const progress = throttledProgress(db, runId, lines.length);
  for (const line of lines) {
    const head = { lineNo: line.lineNo, itemNo: line.itemNo, actionMessage: line.actionMessage };
    try {
      const orderNo = await carryOutLine(db, line, input, actor);
      const orderStatus = line.actionMessage === "NEW" ? input.status : line.refOrderStatus;
      results.push({ ...head, ok: true, orderNo, orderStatus });
    } catch (e) {
      if (!(e instanceof DomainError)) logUnexpected(e);
      results.push({ ...head, ok: false, message: e instanceof DomainError ? e.text : msg("unexpected") });
    }
    progress.report(results.length);
    await onProgress?.({ linesDone: results.length, linesTotal: lines.length, result: results[results.length - 1] });
  }
  await progress.flush();
  await finishPlanningRun(db, runId, { linesCount: results.filter((r) => r.ok).length, results });
  return results;
}
