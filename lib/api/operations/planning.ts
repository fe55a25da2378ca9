import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { msg, renderMessage } from "@/lib/i18n/domain-message";
import { acceptActionMessages, type AcceptInput } from "@/lib/services/planning/accept-action-messages";
import { startRegenerativePlan } from "@/lib/services/planning/calculate-regenerative-plan";
import { carryOutActionMessages } from "@/lib/services/planning/carry-out";
import { sqlTransaction } from "@/lib/services/sql-tx";
import { acceptActionMessagesSchema, calculatePlanSchema, carryOutSchema } from "@/lib/validation/planning";
import { defineOperation } from "@/lib/api/operation";
import { ApiProblem } from "@/lib/api/problem";
import { listWorksheetLines, readPlanningRun, readWorksheetLine, runOf, worksheetVersion } from "@/lib/api/read/planning";
import { pageOf } from "@/lib/api/schemas/common";
import {
  acceptedSchema,
  acceptLineBody,
  acceptSelectionBody,
  calculationBody,
  carryOutBody,
  carryOutResultSchema,
  lineParams,
  listLinesQuery,
  planningRunSchema,
  runParams,
  worksheetLineDetailSchema,
  worksheetLineSchema,
} from "@/lib/api/schemas/planning";

// The Planning Worksheet over the API (issue 26 on issue 25), on the server actions' own
// services, schemas and permission ("planning.worksheet", X-1); always the key's user's own
// worksheet (PL-10).
//
// Worksheet lines have no version of their own: the worksheet's is the run that wrote it (a new
// calculation replaces every line, so Line No. 3 may then be another line). Their ETag is that
// run, weak (W/"v<run id>": the Accept flag may differ between two reads of one generation), and
// Accept Action Message requires it in If-Match: 412 once another calculation has replaced the
// worksheet, 409 while one runs. Setting the flag itself is idempotent, so two clients accepting
// on the same generation need no more than that.

const TAG = "Planning";
const PERMISSION = "planning.worksheet";
const runLocation = (id: number) => `/api/v1/planning/calculations/${id}`;
const orderLocation = (id: number) => `/api/v1/production-orders/${id}`;
const worksheetEtag = (version: number) => `W/"v${version}"`;
const running = () => new DomainError("PLANNING_RUNNING", msg("planningRunning"));
const lineNotFound = (lineNo: number) =>
  new DomainError("NOT_FOUND", msg("recordNotFound", { record: msg("partPlanningLine", { no: lineNo }) }));
const notOnWorksheet = (lineNos: number[]) =>
  new DomainError("VALIDATION", msg("planningLinesNotOnWorksheet", { lineNos: lineNos.slice(0, 10).join(", ") }), "lineNos");
const ifMatchHeader = "If-Match: the worksheet's ETag as read (its calculation). 412 when another calculation has replaced it since.";
const acceptErrors = {
  409: { description: "A calculation of the key's user is running: the worksheet is about to be replaced (the rule's message)." },
  412: { description: "If-Match names a worksheet another calculation has replaced: nothing was written." },
  428: { description: "If-Match is missing." },
};

/**
 * Accept Action Message (PL-7) at the worksheet version the client read: the lines are locked,
 * then the version checked, then the server action's service sets the flags, in one transaction,
 * so a calculation writing meanwhile either waits for it or makes it stale.
 */
async function acceptAt(userId: string, version: number, input: AcceptInput, one: number | null) {
  return sqlTransaction(db, async (tx) => {
    const all = input.lineNos === "all";
    const wanted = all ? [] : (input.lineNos as number[]);
    const found = await tx.$queryRaw<{ lineNo: number }[]>`
      SELECT "lineNo" FROM "PlanningWorksheetLine" WHERE "userId" = ${userId} AND (${all} OR "lineNo" = ANY(${wanted}::int[]))
      ORDER BY "lineNo" FOR UPDATE`;
    const current = await worksheetVersion(tx, userId);
    if (current.running) throw running();
    if (current.version !== version) throw new DomainError("STALE", msg("apiRecordChanged", { etag: worksheetEtag(current.version) }));
    const have = new Set(found.map((r) => r.lineNo));
    const missing = wanted.filter((n) => !have.has(n));
    if (missing.length) throw one === null ? notOnWorksheet(missing) : lineNotFound(one);
    return acceptActionMessages(tx, userId, input);
  });
}

type FlagRow = { lineNo: number; acceptActionMessage: boolean; parentLineNo: number | null };
type Restore = { accepted: number[]; notAccepted: number[] };

/**
 * The flags of the lines outside the selection (and its make-to-order lines), as Accept Action
 * Message can set them back: the accepted ones, then those of their component lines that were not
 * (a line's component lines follow it, and have none of their own).
 */
function flagsOutside(lines: FlagRow[], chosen: Set<number>): Restore {
  const others = lines.filter((l) => !chosen.has(l.lineNo) && !(l.parentLineNo !== null && chosen.has(l.parentLineNo)));
  const accepted = others.filter((l) => l.acceptActionMessage).map((l) => l.lineNo);
  const parents = new Set(accepted);
  const notAccepted = others.filter((l) => !l.acceptActionMessage && l.parentLineNo !== null && parents.has(l.parentLineNo));
  return { accepted, notAccepted: notAccepted.map((l) => l.lineNo) };
}

async function restoreFlags(userId: string, r: Restore) {
  await sqlTransaction(db, async (tx) => {
    if (r.accepted.length) await acceptActionMessages(tx, userId, { lineNos: r.accepted, accept: true });
    if (r.notAccepted.length) await acceptActionMessages(tx, userId, { lineNos: r.notAccepted, accept: false });
  });
}

export const calculatePlan = defineOperation(
  {
    method: "POST",
    path: "/planning/calculations",
    operationId: "calculateRegenerativePlan",
    summary: "Calculate Regenerative Plan (PL-2 … PL-10): starts a run of the key's user's worksheet",
    description:
      "Answers at once with the run; Location names it. Poll GET Location until its status is DONE (the worksheet is then written) or FAILED. " +
      "A second calculation while one of the user's runs is refused with 409.",
    tag: TAG,
    permission: PERMISSION,
    body: calculationBody,
    idempotent: true,
    responses: {
      202: { description: "Started; Location names the run.", schema: planningRunSchema, headers: ["location"] },
      409: { description: "A calculation of the key's user is already running (PL-2): the rule's message." },
    },
  },
  async (ctx) => {
    const runId = await ctx.call(PERMISSION, calculatePlanSchema, ctx.body, async (data, user) => {
      const started = await startRegenerativePlan(
        { startingDate: data.startingDate!, endingDate: data.endingDate!, itemFilter: data.itemFilter },
        user,
      );
      return started.runId;
    });
    const run = await readPlanningRun(ctx.user.id, runId);
    return { status: 202, body: runOf(run!, ctx.locale), headers: { location: runLocation(runId) } };
  },
);

export const getPlanningRun = defineOperation(
  {
    method: "GET",
    path: "/planning/calculations/{id}",
    operationId: "getPlanningRun",
    summary: "A calculation's progress: items planned of total, and its outcome",
    tag: TAG,
    permission: PERMISSION,
    params: runParams,
    responses: {
      200: { description: "The run.", schema: planningRunSchema },
      404: { description: "No such run of the key's user." },
    },
  },
  async ({ params, user, locale }) => {
    const run = await readPlanningRun(user.id, params.id);
    if (!run) throw new ApiProblem(404, "NOT_FOUND", msg("recordNotFound", { record: msg("partPlanningRun", { no: params.id }) }));
    return { status: 200, body: runOf(run, locale) };
  },
);

export const listPlanningLines = defineOperation(
  {
    method: "GET",
    path: "/planning/worksheet-lines",
    operationId: "listPlanningWorksheetLines",
    summary: "List the key's user's planning worksheet lines",
    description: "Filters combine with AND; pages follow each other with `cursor` (ordered by Line No.). The ETag is the worksheet's.",
    tag: TAG,
    permission: PERMISSION,
    query: listLinesQuery,
    responses: {
      200: { description: "A page of lines.", schema: pageOf(worksheetLineSchema, "PlanningWorksheetLinePage"), headers: ["etag"] },
    },
  },
  async ({ query, user, locale }) => {
    const [page, v] = await Promise.all([listWorksheetLines(user.id, query, locale), worksheetVersion(db, user.id)]);
    return { status: 200, body: page, headers: { etag: worksheetEtag(v.version) } };
  },
);

export const getPlanningLine = defineOperation(
  {
    method: "GET",
    path: "/planning/worksheet-lines/{lineNo}",
    operationId: "getPlanningWorksheetLine",
    summary: "A worksheet line with the demands it covers and the projected inventory that triggered it (PL-7)",
    tag: TAG,
    permission: PERMISSION,
    params: lineParams,
    responses: {
      200: { description: "The line; its ETag is the worksheet's.", schema: worksheetLineDetailSchema, headers: ["etag"] },
      404: { description: "No such line on the key's user's worksheet." },
    },
  },
  async ({ params, user, locale }) => {
    const [line, v] = await Promise.all([readWorksheetLine(user.id, params.lineNo, locale), worksheetVersion(db, user.id)]);
    if (!line) throw new ApiProblem(404, "NOT_FOUND", msg("recordNotFound", { record: msg("partPlanningLine", { no: params.lineNo }) }));
    return { status: 200, body: line, headers: { etag: worksheetEtag(v.version) } };
  },
);

export const acceptPlanningLine = defineOperation(
  {
    method: "PATCH",
    path: "/planning/worksheet-lines/{lineNo}",
    operationId: "acceptPlanningWorksheetLine",
    summary: "Accept Action Message on one line (its make-to-order component lines follow it)",
    description: ifMatchHeader,
    tag: TAG,
    permission: PERMISSION,
    params: lineParams,
    body: acceptLineBody,
    ifMatch: true,
    responses: {
      200: { description: "Set; the line as it is now.", schema: worksheetLineDetailSchema, headers: ["etag"] },
      404: { description: "No such line on the key's user's worksheet." },
      ...acceptErrors,
    },
  },
  async (ctx) => {
    const { lineNo } = ctx.params;
    await ctx.call(PERMISSION, acceptActionMessagesSchema, { lineNos: [lineNo], accept: ctx.body.acceptActionMessage }, (data, user) =>
      acceptAt(user.id, ctx.ifMatch, data, lineNo),
    );
    const line = await readWorksheetLine(ctx.user.id, lineNo, ctx.locale);
    if (!line) throw new ApiProblem(404, "NOT_FOUND", lineNotFound(lineNo).text);
    return { status: 200, body: line, headers: { etag: worksheetEtag(ctx.ifMatch) } };
  },
);

export const acceptPlanningLines = defineOperation(
  {
    method: "PATCH",
    path: "/planning/worksheet-lines",
    operationId: "acceptPlanningWorksheetLines",
    summary: "Accept Action Message on a selection of lines, or on all",
    description: `${ifMatchHeader} A Line No. that is not on the worksheet refuses the whole selection (422, nothing written).`,
    tag: TAG,
    permission: PERMISSION,
    body: acceptSelectionBody,
    ifMatch: true,
    responses: {
      200: { description: "Set.", schema: acceptedSchema, headers: ["etag"] },
      ...acceptErrors,
    },
  },
  async (ctx) => {
    const changed = await ctx.call(
      PERMISSION,
      acceptActionMessagesSchema,
      { lineNos: ctx.body.lineNos, accept: ctx.body.acceptActionMessage },
      (data, user) => acceptAt(user.id, ctx.ifMatch, data, null),
    );
    return { status: 200, body: { changed }, headers: { etag: worksheetEtag(ctx.ifMatch) } };
  },
);

export const carryOut = defineOperation(
  {
    method: "POST",
    path: "/planning/carry-out",
    operationId: "carryOutActionMessages",
    summary: "Carry Out Action Message (PL-8): each accepted production line through the production-order services",
    description:
      "Each line is carried out on its own: its result names the order made or changed (and where to read it), or why it was refused " +
      "(the line then stays on the worksheet). Purchase lines stay as proposals.",
    tag: TAG,
    permission: PERMISSION,
    body: carryOutBody,
    idempotent: true,
    responses: {
      200: { description: "Each line's outcome.", schema: carryOutResultSchema },
      422: { description: "A Line No. is not on the worksheet: nothing was carried out." },
    },
  },
  async (ctx) => {
    const selection = ctx.body.lineNos;
    const results = await ctx.call(PERMISSION, carryOutSchema, { status: ctx.body.status }, async (data, user) => {
      const lines = await db.planningWorksheetLine.findMany({
        where: { userId: user.id },
        select: { lineNo: true, acceptActionMessage: true, parentLineNo: true, refOrderStatus: true },
      });
      const refStatus = new Map(lines.map((l) => [l.lineNo, l.refOrderStatus]));
      let restore: Restore | null = null;
      if (selection) {
        const missing = selection.filter((n) => !refStatus.has(n));
        if (missing.length) throw notOnWorksheet(missing);
        // Carry out exactly the selection: accepted (and nothing else) through Accept Action
        // Message, as a planner would; the other lines get their flags back afterwards.
        restore = flagsOutside(lines, new Set(selection));
        await sqlTransaction(db, async (tx) => {
          await acceptActionMessages(tx, user.id, { lineNos: "all", accept: false });
          await acceptActionMessages(tx, user.id, { lineNos: selection, accept: true });
        });
      }
      try {
        return { status: data.status, refStatus, lines: await carryOutActionMessages(data, user) };
      } finally {
        if (restore) await restoreFlags(user.id, restore);
      }
    });
    const made = results.lines.map((r) => {
      const orderNo = r.ok ? r.orderNo : null;
      const status = r.actionMessage === "NEW" ? results.status : (results.refStatus.get(r.lineNo) ?? null);
      return { ...r, orderNo, orderStatus: orderNo ? status : null, message: r.ok ? null : renderMessage(r.message, ctx.locale) };
    });
    const present = made.filter((r) => r.orderStatus && r.actionMessage !== "CANCEL");
    const orders = present.length
      ? await db.productionOrder.findMany({
          where: { OR: present.map((r) => ({ status: r.orderStatus!, no: r.orderNo! })) },
          select: { id: true, status: true, no: true },
        })
      : [];
    const idOf = new Map(orders.map((o) => [`${o.status}|${o.no}`, o.id]));
    const body = {
      results: made.map((r) => {
        const id = r.actionMessage === "CANCEL" ? undefined : idOf.get(`${r.orderStatus}|${r.orderNo}`);
        return {
          lineNo: r.lineNo,
          itemNo: r.itemNo,
          actionMessage: r.actionMessage as "NEW",
          ok: r.ok,
          orderNo: r.orderNo,
          orderStatus: r.orderStatus,
          location: id === undefined ? null : orderLocation(id),
          message: r.message,
        };
      }),
    };
    return { status: 200, body };
  },
);

export const planningOperations = [
  calculatePlan,
  getPlanningRun,
  listPlanningLines,
  getPlanningLine,
  acceptPlanningLines,
  acceptPlanningLine,
  carryOut,
];
