import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { msg } from "@/lib/i18n/domain-message";
import { startRegenerativePlan } from "@/lib/services/planning/calculate-regenerative-plan";
import { acceptActionMessagesSchema, calculatePlanSchema, carryOutSchema } from "@/lib/validation/planning";
import { defineOperation } from "@/lib/api/operation";
import { acceptAt, carryOutResults, carryOutSelection, worksheetEtag } from "@/lib/api/operations/planning-steps";
import { planningLineNotFound } from "@/lib/services/planning/accept-action-messages";
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
// worksheet (PL-10). What they do around the services (If-Match on a worksheet without versions,
// a carry-out of a selection) is in planning-steps.ts.

const TAG = "Planning";
const PERMISSION = "planning.worksheet";
const runLocation = (id: number) => `/api/v1/planning/calculations/${id}`;
const ifMatchHeader = "If-Match: the worksheet's ETag as read (its calculation). 412 when another calculation has replaced it since.";
const acceptErrors = {
  409: { description: "A calculation of the key's user is running: the worksheet is about to be replaced (the rule's message)." },
  412: { description: "If-Match names a worksheet another calculation has replaced: nothing was written." },
  428: { description: "If-Match is missing." },
};

export const calculatePlan = defineOperation(
  {
    method: "POST",
    path: "/planning/calculations",
    operationId: "calculateRegenerativePlan",
    summary: "Calculate Regenerative Plan (PL-2 … PL-10): starts a run of the key's user's worksheet",
    description:
      "Answers at once with the run; Location names it. Poll GET Location until its status is DONE (the worksheet is then written) or FAILED. " +
      "A second calculation while one of the user's runs (or while a carry-out of theirs runs) is refused with 409.",
    tag: TAG,
    permission: PERMISSION,
    body: calculationBody,
    idempotent: true,
    responses: {
      202: { description: "Started; Location names the run.", schema: planningRunSchema, headers: ["location"] },
      409: { description: "A calculation or a carry-out of the key's user is already running (PL-2, PL-8): the rule's message." },
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

/** A line of the user's worksheet with its drill-down, or 404. */
async function worksheetLine(userId: string, lineNo: number, locale: Locale) {
  const line = await readWorksheetLine(userId, lineNo, locale);
  if (!line) throw new ApiProblem(404, "NOT_FOUND", planningLineNotFound(lineNo).text);
  return line;
}

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
    const [line, v] = await Promise.all([worksheetLine(user.id, params.lineNo, locale), worksheetVersion(db, user.id)]);
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
    return { status: 200, body: await worksheetLine(ctx.user.id, lineNo, ctx.locale), headers: { etag: worksheetEtag(ctx.ifMatch) } };
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
      "(the line then stays on the worksheet). Purchase lines stay as proposals. With lineNos, only the accepted lines among them are carried out " +
      "(BC's Carry Out within the worksheet's filter): a selected line that is not accepted is left out and has no result.",
    tag: TAG,
    permission: PERMISSION,
    body: carryOutBody,
    idempotent: true,
    responses: {
      200: { description: "Each line's outcome.", schema: carryOutResultSchema },
      409: {
        description: "A calculation or a carry-out of the key's user is running (PL-2, PL-8): the rule's message, nothing carried out.",
      },
      422: { description: "A Line No. is not on the worksheet: nothing was carried out." },
    },
  },
  async (ctx) => {
    const outcome = await ctx.call(PERMISSION, carryOutSchema, { status: ctx.body.status, lineNos: ctx.body.lineNos }, (data, user) =>
      carryOutSelection(data, user),
    );
    const body = { results: await carryOutResults(outcome, ctx.locale) };
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
