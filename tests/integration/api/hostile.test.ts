import "../../support/next-mocks";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apiOperations } from "@/lib/api/operations";
import { newOrder } from "../change-status/support";
import { asText, encodedSegment, headerSafe, hostileValue } from "../hostile/hostile";
import { writeState } from "../production-orders/helpers";
import { apiKeyFor, callWith } from "./support";

// Issue 26: the hostile-input property tests, extended to every API operation. Whatever the path
// parameters, query, headers and body, the answer is never a 5xx, is documented (support.ts
// validates it against the served OpenAPI document), and a refused request writes nothing.

const RUNS = 12;

/** A path segment: hostile, or a real order id now and then so some calls reach the services. */
function segment(real: string[]) {
  return fc.oneof(
    { weight: 3, arbitrary: hostileValue().map((v) => encodedSegment(asText(v))) },
    { weight: 2, arbitrary: fc.constantFrom(...real) },
  );
}

function bodyArb(real: Record<string, unknown>) {
  const field = fc.constantFrom(
    "status",
    "no",
    "sourceType",
    "sourceNo",
    "quantity",
    "dueDate",
    "locationCode",
    "refresh",
    "description",
    "newStatus",
    "direction",
    "plan",
    "confirmNoOutput",
    "calcLines",
    "extra",
  );
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .dictionary(field, hostileValue(["ITEM", "FAMILY", "SALES_HEADER", "RELEASED", "FINISHED", "BACK", "ALL_LEVELS"]), { maxKeys: 6 })
        .map((o) => ({ ...real, ...o })),
    },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.constantFrom("{", "[]", "null", '"x"', '{"a":', "", "{}".padStart(5000, "[")) },
  );
}

describe("API-7 hostile input to every operation: never a 500, never a partial write", () => {
  it("GIVEN an admin's key WHEN every operation gets hostile parameters, headers and bodies THEN each answer is < 500 and documented, and refusals write nothing", async () => {
    const { key } = await apiKeyFor("admin", "hostile");
    const order = await newOrder({ refresh: false });
    const realIds = [String(order.id), "1", "2147483647"];
    const realKeys = ["1000", "BLUE", "1100", "SO-1001", "FPL-PROD"];
    const valid = { sourceType: "ITEM", sourceNo: "1000", quantity: 1 };
    for (const op of apiOperations) {
      const segmentArb = segment(op.path.includes("{id}") ? realIds : realKeys);
      const input = fc.record({
        seg: segmentArb,
        query: fc.dictionary(
          fc.constantFrom("status", "limit", "cursor", "sourceNo", "dueFrom", "dueTo", "date", "x"),
          hostileValue(["RELEASED"]),
          { maxKeys: 3 },
        ),
        ifMatch: fc.oneof(hostileValue(), fc.constant(`"v${order.version}"`), fc.constant(undefined)),
        idem: fc.oneof(hostileValue(), fc.constant(undefined)),
        lang: fc.constantFrom("nl", "en", "*", "xx;q=abc", ""),
        body: bodyArb(valid),
      });
      await fc.assert(
        fc.asyncProperty(input, async ({ seg, query, ifMatch, idem, lang, body }) => {
          const before = await writeState();
          const { path, r } = await callWith(op, key, {
            seg,
            query,
            lang,
            ifMatch: ifMatch === undefined ? undefined : headerSafe(ifMatch),
            idem,
            body,
          });
          expect(r.status, `${op.method} ${path}`).toBeLessThan(500);
          if (r.status >= 400) {
            expect(r.headers.get("content-type")).toBe("application/problem+json");
            expect(await writeState()).toEqual(before);
          }
        }),
        { numRuns: RUNS },
      );
    }
  });
});
