import "../../support/next-mocks";
import createClient from "openapi-fetch";
import { afterEach, describe, expect, it } from "vitest";
import type { paths } from "@/lib/api/client/schema";
import { db } from "@/lib/db";
import { finishPlanningRun, startPlanningRun } from "@/lib/services/planning/planning-runs";
import { servedDocument } from "./contract";
import {
  allLines,
  calculate,
  noRunRunning,
  PERIOD,
  planningWriteState,
  runFinished,
  type CarryOutResult,
  type Line,
  type Run,
} from "./planning-support";
import { apiKeyFor, call, dispatch, json } from "./support";

// Issue 26 on issue 25: the Planning Worksheet over the REST API, on the server actions' own
// services (startRegenerativePlan, acceptActionMessages, carryOutActionMessages). Every response
// below is also checked against the served OpenAPI document (support.ts → contract.ts).

type CarryOut = { results: CarryOutResult[] };

const userOf = (email: string) => db.user.findUniqueOrThrow({ where: { email } });
const planner = () => userOf("planner@cronus.demo");
const newProductionLines = (lines: Line[]) =>
  lines.filter((l) => l.replenishmentSystem === "PROD_ORDER" && l.actionMessage === "NEW" && l.parentLineNo === null);

afterEach(noRunRunning);

describe("API-1 the served document names the planning operations", () => {
  it("GIVEN the app WHEN /api/v1/openapi.json is read THEN it documents calculate, the run, the lines, accept and carry out, each under planning.worksheet", async () => {
    const doc = (await servedDocument()) as unknown as { paths: Record<string, Record<string, { "x-permission": string }>> };
    const planning = Object.entries(doc.paths).filter(([p]) => p.startsWith("/planning/"));
    expect(planning.map(([p, ops]) => `${Object.keys(ops).sort().join(",")} ${p}`).sort()).toEqual([
      "get /planning/calculations/{id}",
      "get,patch /planning/worksheet-lines",
      "get,patch /planning/worksheet-lines/{lineNo}",
      "post /planning/calculations",
      "post /planning/carry-out",
    ]);
    for (const [, ops] of planning) for (const op of Object.values(ops)) expect(op["x-permission"]).toBe("planning.worksheet");
  });
});

describe("PL-2 … PL-8 over the API: calculate → list → accept → carry out", () => {
  it("GIVEN a planner's key WHEN a plan is calculated, a New line accepted and carried out Firm Planned THEN the order exists where the result says, made through the API", async () => {
    const { key, id: keyId } = await apiKeyFor("planner");
    const me = await planner();
    // WHEN a calculation is started: 202 with where to follow it, and it runs to DONE
    const started = await call("POST", "/planning/calculations", { key, body: PERIOD });
    expect(started.status).toBe(202);
    const runId = json<Run>(started).id;
    expect(started.headers.get("location")).toBe(`/api/v1/planning/calculations/${runId}`);
    const run = await runFinished(key, started.headers.get("location")!);
    expect(run).toMatchObject({ id: runId, status: "DONE" });
    expect(run.itemsDone).toBe(run.itemsTotal);
    // THEN the list pages through exactly the rows of the planner's worksheet
    const lines = await allLines(key);
    expect(lines.length).toBe(run.linesCount);
    expect(lines.map((l) => l.lineNo)).toEqual(
      (await db.planningWorksheetLine.findMany({ where: { userId: me.id }, orderBy: { lineNo: "asc" } })).map((l) => l.lineNo),
    );
    const news = newProductionLines(lines);
    expect(news.length).toBeGreaterThan(1);
    // … filters combine; GET one line brings what it covers
    const ofItem = await allLines(key, `&itemNo=${news[0].itemNo}&actionMessage=NEW`);
    expect(ofItem.length).toBeGreaterThan(0);
    expect(ofItem.every((l) => l.itemNo === news[0].itemNo && l.actionMessage === "NEW")).toBe(true);
    const one = await call("GET", `/planning/worksheet-lines/${news[0].lineNo}`, { key });
    expect(one.status).toBe(200);
    const etag = one.headers.get("etag")!;
    expect(etag).toBe(`W/"v${runId}"`);
    expect(json<{ covers: unknown[] }>(one).covers.length).toBeGreaterThan(0);

    // WHEN nothing is accepted but the first New line (selection, then one line)
    const none = await call("PATCH", "/planning/worksheet-lines", {
      key,
      body: { lineNos: "all", acceptActionMessage: false },
      headers: { "if-match": etag },
    });
    expect(none.status).toBe(200);
    expect(await db.planningWorksheetLine.count({ where: { userId: me.id, acceptActionMessage: true } })).toBe(0);
    const accepted = await call("PATCH", `/planning/worksheet-lines/${news[0].lineNo}`, {
      key,
      body: { acceptActionMessage: true },
      headers: { "if-match": etag },
    });
    expect(accepted.status).toBe(200);
    expect(json<Line>(accepted).acceptActionMessage).toBe(true);
    expect(await allLines(key, "&accepted=true")).toEqual(
      lines
        .filter((l) => l.lineNo === news[0].lineNo || l.parentLineNo === news[0].lineNo)
        .map((l) => ({ ...l, acceptActionMessage: true })),
    );

    // WHEN carried out as Firm Planned
    const firmBefore = await db.productionOrder.count({ where: { status: "FIRM_PLANNED" } });
    const carried = await call("POST", "/planning/carry-out", { key, body: { status: "FIRM_PLANNED" } });
    // THEN one result, for that line: the new order's No. and where to read it
    expect(carried.status).toBe(200);
    const [result, ...others] = json<CarryOut>(carried).results;
    expect(others).toEqual([]);
    expect(result).toMatchObject({ lineNo: news[0].lineNo, actionMessage: "NEW", ok: true, orderStatus: "FIRM_PLANNED", message: null });
    const order = await db.productionOrder.findFirstOrThrow({ where: { status: "FIRM_PLANNED", no: result.orderNo! } });
    expect(result.location).toBe(`/api/v1/production-orders/${order.id}`);
    expect(await db.productionOrder.count({ where: { status: "FIRM_PLANNED" } })).toBe(firmBefore + 1);
    expect({ sourceNo: order.sourceNo, quantity: Number(order.quantity), locationCode: order.locationCode }).toEqual({
      sourceNo: news[0].itemNo,
      quantity: news[0].quantity,
      locationCode: news[0].locationCode,
    });
    expect(order.dueDate!.toISOString().slice(0, 10)).toBe(news[0].dueDate);
    expect(await db.prodOrderLine.count({ where: { orderId: order.id } })).toBeGreaterThan(0);
    // … the order reads back through the API, its audit entry names the key
    const read = await call("GET", result.location!.replace("/api/v1", ""), { key });
    expect(read.status).toBe(200);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { orderId: order.id, action: "create" } });
    expect(audit.apiKeyId).toBe(keyId);
    // … the line left the worksheet, the others stay
    const after = await allLines(key);
    expect(after.map((l) => l.lineNo)).toEqual(
      lines.filter((l) => l.lineNo !== news[0].lineNo && l.parentLineNo !== news[0].lineNo).map((l) => l.lineNo),
    );
  });

  it("GIVEN accepted lines WHEN a selection is carried out Planned THEN only its accepted lines make Planned orders, an unaccepted one is left out, no flag changes", async () => {
    const { key } = await apiKeyFor("planner");
    const me = await planner();
    await calculate(key);
    const lines = await allLines(key);
    const [chosen, unaccepted] = newProductionLines(lines);
    await db.planningWorksheetLine.update({
      where: { userId_lineNo: { userId: me.id, lineNo: chosen.lineNo } },
      data: { acceptActionMessage: true },
    });
    await db.planningWorksheetLine.update({
      where: { userId_lineNo: { userId: me.id, lineNo: unaccepted.lineNo } },
      data: { acceptActionMessage: false },
    });
    const flags = () =>
      db.planningWorksheetLine.findMany({
        where: {
          userId: me.id,
          lineNo: { notIn: [chosen.lineNo] },
          OR: [{ parentLineNo: null }, { parentLineNo: { not: chosen.lineNo } }],
        },
        select: { lineNo: true, acceptActionMessage: true },
        orderBy: { lineNo: "asc" },
      });
    const flagsBefore = await flags();
    expect(flagsBefore.some((l) => l.acceptActionMessage)).toBe(true);
    // WHEN
    const r = await call("POST", "/planning/carry-out", {
      key,
      body: { status: "PLANNED", lineNos: [chosen.lineNo, unaccepted.lineNo] },
    });
    // THEN
    expect(r.status).toBe(200);
    const results = json<CarryOut>(r).results;
    expect(results).toEqual([expect.objectContaining({ lineNo: chosen.lineNo, ok: true, orderStatus: "PLANNED" })]);
    const order = await db.productionOrder.findFirstOrThrow({ where: { status: "PLANNED", no: results[0].orderNo! } });
    expect(order.sourceNo).toBe(chosen.itemNo);
    expect(await flags()).toEqual(flagsBefore);
  });

  it("GIVEN a carry-out WHEN it is retried with the same Idempotency-Key THEN the first answer comes back and no second order is made", async () => {
    const { key } = await apiKeyFor("planner");
    await calculate(key);
    const [line] = newProductionLines(await allLines(key));
    const body = { status: "FIRM_PLANNED", lineNos: [line.lineNo] };
    const first = await call("POST", "/planning/carry-out", { key, body, headers: { "idempotency-key": "carry-1" } });
    expect(first.status).toBe(200);
    const orders = await db.productionOrder.count();
    // WHEN
    const again = await call("POST", "/planning/carry-out", { key, body, headers: { "idempotency-key": "carry-1" } });
    // THEN
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await db.productionOrder.count()).toBe(orders);
    const other = await call("POST", "/planning/carry-out", {
      key,
      body: { status: "PLANNED" },
      headers: { "idempotency-key": "carry-1" },
    });
    expect(other.status).toBe(422);
    expect(await db.productionOrder.count()).toBe(orders);
  });

  it("GIVEN a calculation WHEN it is posted again with the same Idempotency-Key THEN the same run answers and no second one starts", async () => {
    const { key } = await apiKeyFor("planner");
    const me = await planner();
    const headers = { "idempotency-key": "plan-1" };
    const runsBefore = await db.planningRun.count({ where: { userId: me.id } });
    const first = await call("POST", "/planning/calculations", { key, body: PERIOD, headers });
    expect(first.status).toBe(202);
    // WHEN (the first run may still be running: the retry is answered, not refused)
    const again = await call("POST", "/planning/calculations", { key, body: PERIOD, headers });
    // THEN
    expect(again.status).toBe(202);
    expect(json<Run>(again).id).toBe(json<Run>(first).id);
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
    await runFinished(key, first.headers.get("location")!);
    expect(await db.planningRun.count({ where: { userId: me.id } })).toBe(runsBefore + 1);
  });

  it("GIVEN a client typed from the document WHEN it calculates, accepts and carries out THEN each step is typed and the Firm Planned orders exist", async () => {
    const { key } = await apiKeyFor("supervisor", "typed planning client");
    const api = createClient<paths>({
      baseUrl: "http://localhost/api/v1",
      fetch: (request: Request) => dispatch(request),
      headers: { "X-API-Key": key },
    });
    const started = await api.POST("/planning/calculations", { body: { ...PERIOD, itemFilter: "1000..1300" } });
    expect(started.response.status).toBe(202);
    const run = await runFinished(key, started.response.headers.get("location")!);
    const list = await api.GET("/planning/worksheet-lines", {
      params: { query: { actionMessage: "NEW", replenishmentSystem: "PROD_ORDER" } },
    });
    const tops = list.data!.items.filter((l) => l.parentLineNo === null);
    expect(tops.length).toBeGreaterThan(0);
    const accepted = await api.PATCH("/planning/worksheet-lines", {
      params: { header: { "If-Match": list.response.headers.get("etag")! } },
      body: { lineNos: tops.map((l) => l.lineNo), acceptActionMessage: true },
    });
    expect(accepted.data!.changed).toBeGreaterThanOrEqual(tops.length);
    expect(list.response.headers.get("etag")).toBe(`W/"v${run.id}"`);
    const carried = await api.POST("/planning/carry-out", { body: { lineNos: tops.map((l) => l.lineNo) } });
    expect(carried.response.status).toBe(200);
    const made = carried.data!.results.filter((r) => r.ok);
    expect(made.map((r) => r.lineNo)).toEqual(tops.map((l) => l.lineNo));
    const orders = await db.productionOrder.findMany({ where: { status: "FIRM_PLANNED", no: { in: made.map((r) => r.orderNo!) } } });
    expect(orders.map((o) => o.sourceNo).sort()).toEqual(tops.map((l) => l.itemNo).sort());
  });
});

describe("API-3 / PL-2 refusals over the API: the rules' messages, nothing written", () => {
  it("GIVEN a carry-out of the planner's running WHEN another carry-out is posted THEN 409 with PL-8's message in en and nl, and nothing is carried out", async () => {
    const { key } = await apiKeyFor("planner");
    const me = await planner();
    await calculate(key);
    const [line] = newProductionLines(await allLines(key));
    await db.planningWorksheetLine.update({
      where: { userId_lineNo: { userId: me.id, lineNo: line.lineNo } },
      data: { acceptActionMessage: true },
    });
    const running = await startPlanningRun(db, me.id, "CARRY_OUT");
    try {
      const before = await planningWriteState();
      // WHEN
      const en = await call("POST", "/planning/carry-out", { key, body: { lineNos: [line.lineNo] } });
      const nl = await call("POST", "/planning/carry-out", { key, body: { lineNos: [line.lineNo] }, headers: { "accept-language": "nl" } });
      // THEN
      expect(en.status).toBe(409);
      expect(en.body).toMatchObject({
        code: "PLANNING_RUNNING",
        detail: "A Carry Out Action Message of your planning worksheet is already running. Wait until it has finished.",
      });
      expect(nl.status).toBe(409);
      expect(nl.body).toMatchObject({
        detail: "Er wordt al een Actiebericht uitvoeren van uw planningsvoorstel verwerkt. Wacht tot dat klaar is.",
      });
      expect(await planningWriteState()).toEqual(before);
    } finally {
      await finishPlanningRun(db, running, { linesCount: 0 });
    }
  });

  it("GIVEN a calculation of the planner's running WHEN another is posted THEN 409 with PL-2's message in en and nl, and no second run", async () => {
    const { key } = await apiKeyFor("planner");
    const me = await planner();
    const running = await startPlanningRun(db, me.id);
    try {
      const before = await planningWriteState();
      // WHEN
      const en = await call("POST", "/planning/calculations", { key, body: PERIOD });
      const nl = await call("POST", "/planning/calculations", { key, body: PERIOD, headers: { "accept-language": "nl" } });
      // THEN
      expect(en.status).toBe(409);
      expect(en.headers.get("content-type")).toBe("application/problem+json");
      expect(en.body).toMatchObject({
        code: "PLANNING_RUNNING",
        detail: "A calculation of your planning worksheet is already running. Wait until it has finished.",
      });
      expect(nl.status).toBe(409);
      expect(nl.body).toMatchObject({ detail: "Er loopt al een berekening van uw planningsvoorstel. Wacht tot die klaar is." });
      // … and accepting on the worksheet about to be replaced is refused the same way
      const accept = await call("PATCH", "/planning/worksheet-lines", {
        key,
        body: { lineNos: "all", acceptActionMessage: true },
        headers: { "if-match": 'W/"v0"' },
      });
      expect(accept.status).toBe(409);
      expect(await planningWriteState()).toEqual(before);
    } finally {
      await finishPlanningRun(db, running, { linesCount: 0 });
    }
  });

  it("GIVEN a worksheet read WHEN another calculation replaces it THEN accepting with the old ETag is 412, without If-Match 428, and nothing is written", async () => {
    const { key } = await apiKeyFor("planner");
    const first = await calculate(key);
    const [line] = await allLines(key);
    await calculate(key);
    const before = await planningWriteState();
    // WHEN
    const stale = await call("PATCH", `/planning/worksheet-lines/${line.lineNo}`, {
      key,
      body: { acceptActionMessage: !line.acceptActionMessage },
      headers: { "if-match": `W/"v${first.id}"` },
    });
    const missing = await call("PATCH", "/planning/worksheet-lines", { key, body: { lineNos: "all", acceptActionMessage: true } });
    // THEN
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: "STALE" });
    expect(missing.status).toBe(428);
    expect(await planningWriteState()).toEqual(before);
  });

  it("GIVEN a worksheet WHEN an Ending Date before the Starting Date, an unknown line or an unknown Line No. in a selection is sent THEN each is refused beside its field and nothing is written", async () => {
    const { key } = await apiKeyFor("planner");
    const run = await calculate(key);
    const before = await planningWriteState();
    const etag = `W/"v${run.id}"`;
    // WHEN / THEN
    const period = await call("POST", "/planning/calculations", {
      key,
      body: { startingDate: "2027-01-10", endingDate: "2027-01-01" },
      headers: { "accept-language": "nl" },
    });
    expect(period.status).toBe(422);
    expect(period.body).toMatchObject({ field: "endingDate", detail: expect.any(String) });
    expect((period.body as { errors: { message: string }[] }).errors[0].message).toBe("Einddatum moet op of na Begindatum liggen.");
    const unknown = await call("PATCH", "/planning/worksheet-lines/999999", {
      key,
      body: { acceptActionMessage: true },
      headers: { "if-match": etag },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ detail: "Planning line 999999 does not exist." });
    const selection = await call("PATCH", "/planning/worksheet-lines", {
      key,
      body: { lineNos: [999998, 999999], acceptActionMessage: true },
      headers: { "if-match": etag },
    });
    expect(selection.status).toBe(422);
    expect(selection.body).toMatchObject({ field: "lineNos", detail: "Line No. 999998, 999999 is not on your planning worksheet." });
    const carry = await call("POST", "/planning/carry-out", { key, body: { lineNos: [999999] } });
    expect(carry.status).toBe(422);
    expect(carry.body).toMatchObject({ field: "lineNos" });
    expect(await planningWriteState()).toEqual(before);
  });
});

describe("X-1 / PL-10 a key acts with its user's role, on its user's own worksheet", () => {
  it("GIVEN the planner's worksheet WHEN an admin's key reads or accepts it THEN it sees only its own (empty) worksheet and the planner's run and lines are 404", async () => {
    const { key } = await apiKeyFor("planner");
    const run = await calculate(key);
    const [line] = await allLines(key);
    const { key: other } = await apiKeyFor("admin");
    const before = await planningWriteState();
    // WHEN / THEN
    expect((await call("GET", `/planning/calculations/${run.id}`, { key: other })).status).toBe(404);
    expect((await call("GET", `/planning/worksheet-lines/${line.lineNo}`, { key: other })).status).toBe(404);
    expect(await allLines(other)).toEqual([]);
    const accept = await call("PATCH", `/planning/worksheet-lines/${line.lineNo}`, {
      key: other,
      body: { acceptActionMessage: true },
      headers: { "if-match": 'W/"v0"' },
    });
    expect(accept.status).toBe(404);
    const carried = await call("POST", "/planning/carry-out", { key: other, body: {} });
    expect(carried.status).toBe(200);
    expect(json<CarryOut>(carried).results).toEqual([]);
    expect(await planningWriteState()).toEqual(before);
  });

  it("GIVEN a role without planning.worksheet WHEN its key calls every planning operation THEN each is 403 and nothing is written", async () => {
    const { PERMISSIONS } = await import("@/lib/domain/auth/permissions");
    const { key } = await apiKeyFor("planner");
    const run = await calculate(key);
    const [line] = await allLines(key);
    const before = await planningWriteState();
    // GIVEN the X-1 table without the planner for this test (every role has it in the shipped table)
    const roles = PERMISSIONS["planning.worksheet"] as unknown as string[];
    roles.splice(roles.indexOf("planner"), 1);
    try {
      const etag = { "if-match": `W/"v${run.id}"` };
      const calls = [
        call("POST", "/planning/calculations", { key, body: PERIOD }),
        call("GET", `/planning/calculations/${run.id}`, { key }),
        call("GET", "/planning/worksheet-lines", { key }),
        call("GET", `/planning/worksheet-lines/${line.lineNo}`, { key }),
        call("PATCH", "/planning/worksheet-lines", { key, body: { lineNos: "all", acceptActionMessage: true }, headers: etag }),
        call("PATCH", `/planning/worksheet-lines/${line.lineNo}`, { key, body: { acceptActionMessage: true }, headers: etag }),
        call("POST", "/planning/carry-out", { key, body: {} }),
      ];
      for (const r of await Promise.all(calls)) {
        expect(r.status).toBe(403);
        expect(r.body).toMatchObject({ code: "FORBIDDEN" });
      }
    } finally {
      roles.unshift("planner");
    }
    expect(await planningWriteState()).toEqual(before);
  });
});
