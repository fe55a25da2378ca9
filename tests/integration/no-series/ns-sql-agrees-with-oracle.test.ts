// NS-4 … NS-7: the draw that runs (ns_take_next in PostgreSQL) and the TypeScript oracle
// (lib/domain/number-series/line-selection.ts) agree on random Normal series: the line chosen
// for the date, the number (increment, zero padding and width, growth on overflow), Ending No.
// and the line closing, Warning No., Date Order, the pattern, and numbers past 20 characters.
// Starting Nos. always have digits here: setup refuses one without (NS-3), and only then do the
// two sides differ.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { lineForDate, nextNoForLine, type NextNoErrorCode, type SeriesLineState } from "@/lib/domain/number-series/line-selection";
import { DomainError } from "@/lib/errors";
import { getNextNo } from "../../support/no-series-draw";
import { uniqueCode } from "../../factories/unique";
import { readLines } from "./support";
import { renderMessage } from "@/lib/i18n/domain-message";

// The DomainError codes of the SQL's refusals, as the oracle names them.
const ORACLE_CODE: Record<string, NextNoErrorCode> = {
  NS_NO_LINE: "NO_LINE",
  NS_RUN_OUT: "PAST_ENDING",
  NS_DATE_ORDER: "DATE_ORDER",
  NS_PATTERN: "PATTERN",
  NS_NO_DIGITS: "PATTERN",
  NS_NO_TOO_LONG: "PATTERN",
};
// Refusals whose messages the two sides share word for word (the pattern ones are worded apart).
const SAME_MESSAGE = new Set(["NS_NO_LINE", "NS_RUN_OUT", "NS_DATE_ORDER", "NS_NO_TOO_LONG"]);

const DATES = ["2025-12-31", "2026-01-01", "2026-02-15", "2026-03-01", "2026-03-20"];

// One line's numbers share a prefix, suffix and digit width, as setup stores them (NS-3); the
// values favour the edges: 0, small, just below the width's maximum, the maximum itself.
const shape = fc
  .record({
    prefix: fc.constantFrom("", "PO-", "A1B", "NS-2026-", "X", "SEQUENCE-NO-"),
    suffix: fc.constantFrom("", "", "-Z"),
    width: fc.integer({ min: 1, max: 20 }),
  })
  .map((s) => ({ ...s, width: Math.max(1, Math.min(s.width, 20 - s.prefix.length - s.suffix.length)) }));

const valueIn = (width: number) => {
  const max = 10n ** BigInt(width) - 1n;
  const low = max < 30n ? max : 30n;
  return fc.oneof(fc.bigInt({ min: 0n, max: low }), fc.bigInt({ min: max - low, max }), fc.bigInt({ min: 0n, max }));
};

const lineArb = shape.chain(({ prefix, suffix, width }) => {
  const no = (v: bigint, w = width) => prefix + v.toString().padStart(w, "0") + suffix;
  return fc
    .record({
      start: valueIn(width),
      last: fc.option(valueIn(width), { nil: null, freq: 4 }),
      lastShape: fc.constantFrom("same", "same", "same", "same", "same", "narrower", "otherPrefix", "noDigits"),
      ending: fc.option(valueIn(width), { nil: null, freq: 2 }),
      warning: fc.option(valueIn(width), { nil: null }),
      incrementBy: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 2_000_000_000 })),
      startingDate: fc.constantFrom(null, null, "2026-01-01", "2026-03-01"),
      lastDateUsed: fc.constantFrom(null, null, "2026-02-01", "2026-03-15"),
      open: fc.integer({ min: 0, max: 9 }).map((n) => n !== 0), // mostly open
    })
    .map((l) => {
      const lastNoUsed =
        l.last === null
          ? ""
          : l.lastShape === "narrower"
            ? no(l.last, 1)
            : l.lastShape === "otherPrefix"
              ? `Q${no(l.last)}`.slice(0, 20)
              : l.lastShape === "noDigits"
                ? "NO-DIGITS"
                : no(l.last);
      return {
        startingDate: l.startingDate as string | null,
        startingNo: no(l.start),
        endingNo: l.ending === null ? "" : no(l.ending),
        warningNo: l.warning === null ? "" : no(l.warning),
        incrementBy: l.incrementBy,
        lastNoUsed,
        lastDateUsed: l.lastDateUsed as string | null,
        open: l.open,
      };
    });
});

const seriesArb = fc.record({
  dateOrder: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  lines: fc.array(lineArb, { minLength: 1, maxLength: 3 }),
  date: fc.constantFrom(...DATES, "2026-03-20", "2026-03-20") as fc.Arbitrary<string>,
});

// The edges spelled out, tried before the random series.
const edge = (l: Partial<Series["lines"][number]>, date = "2026-03-20", dateOrder = false): [Series] => [
  {
    dateOrder,
    date,
    lines: [
      {
        startingDate: null,
        startingNo: "PO-001",
        endingNo: "",
        warningNo: "",
        incrementBy: 1,
        lastNoUsed: "",
        lastDateUsed: null,
        open: true,
        ...l,
      },
    ],
  },
];
type Series = typeof seriesArb extends fc.Arbitrary<infer T> ? T : never;
const EDGES: [Series][] = [
  edge({ startingNo: "00000000000000000001", lastNoUsed: "99999999999999999999" }), // 21 characters: refused
  edge({ startingNo: "P0000000000000000001", lastNoUsed: "P9999999999999999998" }), // exactly 20: assigned
  edge({ startingNo: "X1", lastNoUsed: "X99" }), // grows to X100
  edge({ endingNo: "PO-010", warningNo: "PO-009", lastNoUsed: "PO-008" }), // on Warning No., stays open
  edge({ endingNo: "PO-010", warningNo: "PO-009", lastNoUsed: "PO-009" }), // the Ending No. itself: closes
  edge({ endingNo: "PO-010", lastNoUsed: "PO-004", incrementBy: 5 }), // PO-009, the next would pass: closes
  edge({ endingNo: "PO-010", lastNoUsed: "PO-010", open: false }), // ran out
  edge({ lastNoUsed: "PO-003", lastDateUsed: "2026-03-15" }, "2026-03-01", true), // Date Order
  edge({ startingDate: "2026-04-01" }, "2026-03-20"), // no line yet
];

const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

describe("NS-4 … NS-7 ns_take_next agrees with the TypeScript oracle", () => {
  it("same number, warning, closing and Last Date Used, or the same refusal, for random Normal series", { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(seriesArb, async ({ dateOrder, lines, date }) => {
        // GIVEN a series with these lines, stored as setup would store them
        const code = uniqueCode("OR");
        const created = await db.noSeries.create({
          data: {
            code,
            description: "oracle",
            dateOrder,
            lines: {
              create: lines.map((l, i) => ({
                ...l,
                lineNo: (i + 1) * 10000,
                startingDate: asDate(l.startingDate),
                lastDateUsed: asDate(l.lastDateUsed),
              })),
            },
          },
          include: { lines: true },
        });
        const states: SeriesLineState[] = created.lines.map((l, i) => ({ ...lines[i], id: l.id, lineNo: l.lineNo }));
        // WHEN the oracle is asked and the database draws
        const chosen = lineForDate(states, date);
        const expected = nextNoForLine(chosen, date, code, dateOrder);
        const drawn = await getNextNo(db, code, date).catch((e: unknown) => e);
        // THEN both give the same answer
        if (expected.ok) {
          expect(drawn).toMatchObject({ no: expected.no, warning: expected.warning ? expect.any(String) : null });
          // AND the chosen line remembers it, closed when no further number fits, dated the draw's date
          const line = (await readLines(code)).find((l) => l.id === chosen!.id)!;
          expect({ lastNoUsed: line.lastNoUsed, open: line.open, lastDateUsed: line.lastDateUsed?.toISOString().slice(0, 10) }).toEqual({
            lastNoUsed: expected.no,
            open: !expected.closesLine,
            lastDateUsed: date,
          });
        } else {
          expect(drawn).toBeInstanceOf(DomainError);
          const error = drawn as DomainError;
          expect(ORACLE_CODE[error.code], `${error.code}: ${error.message}`).toBe(expected.code);
          if (SAME_MESSAGE.has(error.code)) expect(error.message).toBe(renderMessage(expected.message));
          // AND a refused draw changed no line
          const after = await readLines(code);
          expect(after.map((l) => [l.lastNoUsed, l.open])).toEqual(created.lines.map((l) => [l.lastNoUsed, l.open]));
        }
      }),
      { numRuns: 120, examples: EDGES },
    );
  });
});
