import fc from "fast-check";
import { expect } from "vitest";
import type { z } from "zod";
import { db } from "@/lib/db";
import { shapeOf, type Shape } from "./schema-shape";

// Hostile inputs for every server action and the check that each one ends in a refusal beside a
// field (or a domain refusal) with nothing written — never "UNEXPECTED" (the 500 of an action).

export const RUNS = 25;
export const REFUSALS = new Set(["VALIDATION", "NOT_FOUND", "FORBIDDEN", "STALE", "CONCURRENCY", "UNAUTHENTICATED"]);

const huge = fc.string({ minLength: 5000, maxLength: 20000, unit: "grapheme-ascii" });
const SQL = `'; DROP TABLE "Item"; --`;
const nasty = fc.constantFrom<unknown>(
  SQL,
  "<script>alert(1)</script>",
  "a\u0000b",
  "\u0000",
  "",
  " ",
  "🚲".repeat(30),
  "../../etc/passwd",
  -1,
  0,
  NaN,
  Infinity,
  -Infinity,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  -0,
  0.000001,
  1.23456789,
  "9999-12-31",
  "0000-00-00",
  "2026-02-30",
  "1900-01-01",
  "2026-13-01",
  "31-12-2026",
  "NOPE",
  "simulated",
  "RELEASED",
  "FINISHED",
  "ADMIN",
  "admin",
  0,
  -1,
  999999999,
  "abc",
  "999999999",
  "-1",
  "1e9",
  "NaN",
  "Infinity",
  // PO-8 notation and RF-5's horizon: hex, exponents, grouped numbers, a Due Date at the end of the range.
  "0x10",
  "1e3",
  "0b101",
  "1,234.5",
  "1.234,5",
  "20000000",
  "2099-12-31",
  // Keys and versions past PostgreSQL's integer (they once ended in Prisma's P2020).
  1e12,
  "1e12",
  2_147_483_648,
  "2147483648",
  null,
  undefined,
  true,
  false,
  "on",
  [],
  {},
  ["x", "y"],
  { toString: "x" },
  { __proto__: { polluted: 1 } },
);
/** Values that are plausible on their own, so some calls get past the schema into the services. */
const plausible = fc.constantFrom<unknown>(
  "1000",
  "1001",
  "1100",
  "1300",
  "1950",
  "BLUE",
  "RED",
  "100",
  "310",
  "WHEELS",
  "SO-1001",
  "SIM-PROD",
  "FPL-PROD",
  "2026-03-02",
  "2026-12-31",
  1,
  2,
  3,
  5,
  "1",
  "2",
  "10",
  "PCS",
  "Hostile test",
  "ITEM",
  "ORDER",
);

export function hostileValue(enums: string[] = []): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: nasty },
    { weight: 3, arbitrary: plausible },
    { weight: 1, arbitrary: huge },
    { weight: enums.length ? 2 : 0, arbitrary: enums.length ? fc.constantFrom(...enums) : fc.constant("") },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
  );
}

function objectFor(shape: Shape, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, nested] of shape.keys) {
    const value = hostileValue(shape.enums.get(key));
    fields[key] = nested && depth < 1 ? fc.oneof(value, fc.array(objectFor(nested, depth + 1), { maxLength: 3 })) : value;
  }
  // Fields go missing at random (requiredKeys: []), and unknown fields ride along.
  return fc
    .tuple(
      fc.record(fields, { requiredKeys: [] }),
      fc.dictionary(fc.constantFrom("extra", "__proto__x", "id2", "constructor", "isAdmin"), hostileValue(), { maxKeys: 2 }),
    )
    .map(([known, extra]) => ({ ...extra, ...known }));
}

function toFormData(obj: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(obj)) {
    for (const item of Array.isArray(v) ? v : [v]) form.append(k, typeof item === "object" ? JSON.stringify(item) : String(item));
  }
  return form;
}

const DROP = Symbol("drop");

/** A valid input with a field or two made hostile (or dropped): gets past the schema's other
 *  fields so hostile values that are valid text (SQL, HTML, far dates) reach the services. */
function nearValid(base: Record<string, unknown>, shape: Shape | null): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...new Set([...Object.keys(base), ...(shape?.keys.keys() ?? [])])];
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const key of keys) {
    fields[key] = fc.oneof(
      { weight: 5, arbitrary: fc.constant(key in base ? base[key] : DROP) },
      { weight: 2, arbitrary: hostileValue(shape?.enums.get(key)) },
      { weight: 1, arbitrary: fc.constant(DROP) },
    );
  }
  return fc.record(fields).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== DROP)));
}

/** Anything at all, the action's own fields with hostile values, a valid input with hostile
 *  fields (when a base is given), and the same as a form post. */
export function hostileInput(schema: z.ZodType, base?: Record<string, unknown>): fc.Arbitrary<unknown> {
  const shape = shapeOf(schema);
  if (!shape && !base) return fc.oneof(fc.anything(), hostileValue());
  const obj = shape ? objectFor(shape) : fc.anything();
  const near = base ? nearValid(base, shape) : obj;
  return fc.oneof(
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
    { weight: base ? 2 : 5, arbitrary: obj },
    { weight: base ? 5 : 0, arbitrary: near },
    {
      weight: 2,
      arbitrary: fc
        .oneof(obj, near)
        .map((o) => (o && typeof o === "object" && !Array.isArray(o) ? toFormData(o as Record<string, unknown>) : o)),
    },
  );
}

type Counts = Record<string, string>;

/** One query for the row counts of the main tables (and how far every number series has run). */
export async function rowCounts(): Promise<Counts> {
  const tables = [
    "ProductionOrder",
    "ProdOrderLine",
    "ProdOrderComponent",
    "ProdOrderRoutingLine",
    "AuditEntry",
    "NoSeries",
    "NoSeriesLine",
    "Item",
    "ProductionBom",
    "ProductionBomLine",
    "Routing",
    "RoutingLine",
    "Location",
    "WorkCenter",
    "MachineCenter",
    "Family",
    "FamilyLine",
    "SalesHeader",
    "SalesLine",
    "user",
  ];
  const select = tables.map((t) => `(SELECT count(*) FROM "${t}")::text AS "${t}"`).join(", ");
  const sql = `SELECT ${select}, (SELECT coalesce(sum(length(coalesce("lastNoUsed", ''))), 0) FROM "NoSeriesLine")::text AS "lastNoUsedLengths"`;
  const [row] = await db.$queryRawUnsafe<Counts[]>(sql);
  return row;
}

type Action = (input: unknown) => Promise<unknown>;

/** Calls the action once and checks the outcome; `true` when the call succeeded (valid input). */
export async function callHostile(action: Action, input: unknown): Promise<boolean> {
  const before = await rowCounts();
  let result: unknown;
  try {
    result = await action(input);
  } catch (e) {
    const digest = (e as { digest?: unknown })?.digest;
    // redirect()/notFound() are navigations: a delete that worked, not a crash.
    if (typeof digest === "string" && digest.startsWith("NEXT_")) return true;
    throw e;
  }
  const r = result as { ok?: boolean; code?: string; fieldErrors?: unknown };
  expect(r, `result for ${describeInput(input)}`).toMatchObject({ ok: expect.any(Boolean) });
  if (r.ok) return true;
  expect(r.code, `code for ${describeInput(input)}`).not.toBe("UNEXPECTED");
  expect(typeof r.code === "string" && (REFUSALS.has(r.code) || /^[A-Z][A-Z0-9_]+$/.test(r.code))).toBe(true);
  expect(await rowCounts(), `rows after refused ${describeInput(input)}`).toEqual(before);
  return false;
}

/** A short picture of an input for failure messages (huge strings cut down to their length). */
export function describeInput(input: unknown): string {
  if (input instanceof FormData) return `FormData ${describeInput(Object.fromEntries(input.entries()))}`;
  const short = (v: unknown): unknown => (typeof v === "string" && v.length > 60 ? `${v.slice(0, 20)}…(${v.length} chars)` : v);
  const shrink = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(shrink)
      : v && typeof v === "object"
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shrink(x)]))
        : short(v);
  return fc.stringify(shrink(input)).slice(0, 1500);
}

/** The property: every hostile call to `action` ends in a refusal or a valid success. */
export async function assertHostile(action: Action, schema: z.ZodType, numRuns = RUNS, base?: Record<string, unknown>) {
  const details = await fc.check(
    fc.asyncProperty(hostileInput(schema, base), async (input) => {
      await callHostile(action, input);
    }),
    { numRuns, seed: 42, endOnFailure: true },
  );
  // fast-check's own report prints whole 20,000-character strings; this one stays readable.
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`after ${details.numRuns} runs: ${cause.slice(0, 2000)}`);
  }
}

/** Any value as text, control characters and all (a URL carries them percent-encoded). */
export function asText(v: unknown): string {
  try {
    return typeof v === "string" ? v : (JSON.stringify(v) ?? "");
  } catch {
    return "x";
  }
}

/** A value as a header can carry it (printable ASCII); the server sees what a client could send. */
export const headerSafe = (v: unknown) => asText(v).replace(/[^\x20-\x7e]/g, "?");

/** Text as one percent-encoded path segment. */
export function encodedSegment(text: string): string {
  try {
    return encodeURIComponent(text) || "x";
  } catch {
    return "x"; // a lone surrogate: no client can send it
  }
}
