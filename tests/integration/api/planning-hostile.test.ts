import "../../support/next-mocks";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { planningOperations } from "@/lib/api/operations/planning";
import { db } from "@/lib/db";
import { asText, encodedSegment, headerSafe, hostileValue } from "../hostile/hostile";
import { allLines, calculate, noRunRunning, PERIOD, planningWriteState } from "./planning-support";
import { apiKeyFor, callWith } from "./support";

// Issue 26: the hostile-input property tests (hostile.test.ts) for the planning operations, on a
// calculated worksheet so that plausible calls reach the services: whatever the path, query,
// headers and body, the answer is < 500 and documented (support.ts checks it against the served
// document), and a refused request writes nothing — orders, audit, number series, worksheets, runs.

const RUNS = 12;

const ENUMS = [
  "FIRM_PLANNED",
  "PLANNED",
  "RELEASED",
  "NEW",
  "CANCEL",
  "PROD_ORDER",
  "PURCHASE",
  "all",
  "true",
  "false",
  "1000..1300",
  "1000|1100",
];

const CURRENT = Symbol("the worksheet's current ETag");
const currentEtag = async () => `W/"v${(await db.planningRun.aggregate({ _max: { id: true }, where: { status: "DONE" } }))._max.id}"`;

afterEach(noRunRunning);

describe("API-7 hostile input to every planning operation: never a 500, never a partial write", () => {
  it("GIVEN a planner's calculated worksheet WHEN every planning operation gets hostile parameters, headers and bodies THEN each answer is < 500 and documented, and refusals write nothing", async () => {
    const { key } = await apiKeyFor("planner", "planning hostile");
    const run = await calculate(key);
    const lineNos = (await allLines(key)).map((l) => l.lineNo);
    const realSegments = [String(run.id), ...lineNos.slice(0, 3).map(String), "2147483647"];
    const valid: Record<string, Record<string, unknown>> = {
      "POST /planning/calculations": PERIOD,
      "PATCH /planning/worksheet-lines": { lineNos: lineNos.slice(0, 2), acceptActionMessage: true },
      "PATCH /planning/worksheet-lines/{lineNo}": { acceptActionMessage: false },
      "POST /planning/carry-out": { status: "PLANNED", lineNos: lineNos.slice(0, 1) },
    };
    const field = fc.constantFrom("startingDate", "endingDate", "itemFilter", "lineNos", "acceptActionMessage", "status", "extra");
    const lineNosArb = fc.oneof(fc.array(fc.integer(), { maxLength: 4 }), fc.subarray(lineNos, { maxLength: 3 }), fc.constant("all"));
    for (const op of planningOperations) {
      const real = valid[`${op.method} ${op.path}`] ?? {};
      const input = fc.record({
        seg: fc.oneof(
          { weight: 3, arbitrary: hostileValue().map((v) => encodedSegment(asText(v))) },
          { weight: 2, arbitrary: fc.constantFrom(...realSegments) },
        ),
        query: fc.dictionary(
          fc.constantFrom("itemNo", "locationCode", "actionMessage", "replenishmentSystem", "accepted", "limit", "cursor", "x"),
          hostileValue(ENUMS),
          { maxKeys: 3 },
        ),
        // CURRENT: the worksheet's ETag at the time of the call (calculations here replace it).
        ifMatch: fc.oneof(hostileValue(), fc.constant(CURRENT), fc.constant(`"v${run.id}"`), fc.constant(undefined)),
        idem: fc.oneof(hostileValue(), fc.constant(undefined)),
        lang: fc.constantFrom("nl", "en", "*", "xx;q=abc", ""),
        body: fc.oneof(
          {
            weight: 4,
            arbitrary: fc.dictionary(field, fc.oneof(hostileValue(ENUMS), lineNosArb), { maxKeys: 3 }).map((o) => ({ ...real, ...o })),
          },
          { weight: 2, arbitrary: fc.constant(real) },
          { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
          { weight: 1, arbitrary: fc.constantFrom("{", "[]", "null", '"x"', '{"a":', "", "{}".padStart(5000, "[")) },
        ),
      });
      await fc.assert(
        fc.asyncProperty(input, async ({ seg, query, ifMatch, idem, lang, body }) => {
          // A calculation a previous call started ends first: its rows are not this call's writes.
          await noRunRunning();
          const before = await planningWriteState();
          const { path, r } = await callWith(op, key, {
            seg,
            query,
            lang,
            ifMatch: ifMatch === CURRENT ? await currentEtag() : ifMatch === undefined ? undefined : headerSafe(ifMatch),
            idem,
            body,
          });
          expect(r.status, `${op.method} ${path}`).toBeLessThan(500);
          if (r.status >= 400) {
            expect(r.headers.get("content-type")).toBe("application/problem+json");
            expect(await planningWriteState(), `${op.method} ${path} ${r.status} wrote nothing`).toEqual(before);
          }
        }),
        { numRuns: RUNS },
      );
    }
  });
});
