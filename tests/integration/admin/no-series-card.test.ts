import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { createNoSeriesAction, deleteNoSeriesAction, updateNoSeriesAction } from "@/lib/actions/no-series";
import { db } from "@/lib/db";
import { peekNextNo } from "@/lib/services/no-series/document-no";
import { getNextNo } from "../../support/no-series-draw";
import { signInAs } from "../../support/session";
import { uniqueCode } from "../../factories";
import { linesOf, seriesForm, snapshot } from "./helpers";

beforeAll(async () => {
  await signInAs("admin");
});

describe("NS-1/NS-2/NS-3 creating a series on the admin card", () => {
  it("GIVEN numbers of different widths WHEN the series is saved THEN they are stored padded to one width", async () => {
    // GIVEN a new series A1..A10 with Warning No. A9
    const code = uniqueCode("PAD");
    // WHEN the admin saves it
    const result = await createNoSeriesAction(
      null,
      seriesForm({
        code: code.toLowerCase(),
        description: "Padded",
        lines: [{ startingNo: "A1", endingNo: "A10", warningNo: "A9", startingDate: "2026-01-01" }],
      }),
    );
    // THEN the rows read back hold A01..A10, the code is upper case, and the save is audited
    expect(result).toMatchObject({ ok: true, data: { code } });
    const series = await db.noSeries.findUniqueOrThrow({ where: { code } });
    expect(series).toMatchObject({ description: "Padded", defaultNos: true, manualNos: false, dateOrder: false, version: 1 });
    const [line] = await linesOf(code);
    expect(line).toMatchObject({
      startingNo: "A01",
      endingNo: "A10",
      warningNo: "A09",
      incrementBy: 1,
      lastNoUsed: "",
      open: true,
      implementation: "NORMAL",
    });
    expect(line.startingDate?.toISOString().slice(0, 10)).toBe("2026-01-01");
    expect(await peekNextNo(db, code, "2026-06-01")).toBe("A01");
    expect(await db.auditEntry.count({ where: { entityType: "NoSeries", entityKey: code, action: "noSeries.create" } })).toBe(1);
  });

  it.each([
    ["NS-1 both Default Nos. and Manual Nos. off", { defaultNos: false, manualNos: false }, [{ startingNo: "X001" }], "manualNos"],
    ["NS-2 Starting No. greater than Ending No.", {}, [{ startingNo: "X100", endingNo: "X050" }], "lines.0.endingNo"],
    ["NS-2 Warning No. above Ending No.", {}, [{ startingNo: "X001", endingNo: "X100", warningNo: "X200" }], "lines.0.warningNo"],
    ["NS-2 Warning No. below Starting No.", {}, [{ startingNo: "X010", endingNo: "X100", warningNo: "X001" }], "lines.0.warningNo"],
    ["NS-3 a number without digits", {}, [{ startingNo: "ABC" }], "lines.0.startingNo"],
    ["NS-2 Increment-by No. of 0", {}, [{ startingNo: "X001", incrementBy: 0 }], "lines.0.incrementBy"],
    ["NS-2 Increment-by No. that is not a number", {}, [{ startingNo: "X001", incrementBy: "abc" }], "lines.0.incrementBy"],
    ["a second line in error", {}, [{ startingNo: "X001" }, { startingNo: "Y9", endingNo: "Y1" }], "lines.1.endingNo"],
  ] as const)(
    "GIVEN %s WHEN the series is saved THEN it is refused beside the field and nothing is written",
    async (_rule, flags, lines, field) => {
      // GIVEN the database as it is
      const before = await snapshot();
      // WHEN the admin saves a series with the mistake
      const result = await createNoSeriesAction(null, seriesForm({ code: uniqueCode("BAD"), ...flags, lines: [...lines] }));
      // THEN a validation result names the field, and no row changed
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.code).toBe("VALIDATION");
      expect(Object.keys(result.fieldErrors)).toContain(field);
      expect(await snapshot()).toEqual(before);
    },
  );

  it("GIVEN an existing code WHEN a series with that code is created THEN it is refused on Code", async () => {
    // GIVEN the demo series FPL-PROD
    const before = await snapshot();
    // WHEN created again
    const result = await createNoSeriesAction(null, seriesForm({ code: "FPL-PROD", lines: [{ startingNo: "1" }] }));
    // THEN refused, nothing written
    expect(result).toMatchObject({ ok: false, code: "NS_EXISTS", fieldErrors: { code: [expect.stringContaining("already exists")] } });
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN unknown fields or a huge value WHEN posted THEN the request is refused gracefully", async () => {
    // GIVEN forms a browser would not send
    const before = await snapshot();
    const extra = seriesForm({ code: uniqueCode("ODD"), lines: [{ startingNo: "1" }] });
    extra.set("role", "admin");
    const huge = seriesForm({ code: uniqueCode("ODD"), description: "x".repeat(5000), lines: [{ startingNo: "1" }] });
    const badJson = seriesForm({ code: uniqueCode("ODD"), lines: [] });
    badJson.set("lines", "{not json");
    // WHEN posted / THEN validation results, no rows
    expect(await createNoSeriesAction(null, extra)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { _form: expect.any(Array) },
    });
    expect(await createNoSeriesAction(null, huge)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { description: expect.any(Array) },
    });
    expect(await createNoSeriesAction(null, badJson)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { lines: expect.any(Array) },
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("X-2 editing a series carries the version it read", () => {
  it("GIVEN a form read at version 1 WHEN another admin saved first THEN the stale save is refused and changes nothing", async () => {
    // GIVEN a series at version 1, saved once by someone else (now version 2)
    const code = uniqueCode("VER");
    await createNoSeriesAction(null, seriesForm({ code, description: "First", lines: [{ startingNo: "V001" }] }));
    const [line] = await linesOf(code);
    const first = await updateNoSeriesAction(
      null,
      seriesForm({ code, version: 1, description: "Second", lines: [{ id: line.id, startingNo: "V001" }] }),
    );
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const before = await snapshot();
    // WHEN the first form (version 1) is saved
    const stale = await updateNoSeriesAction(
      null,
      seriesForm({ code, version: 1, description: "Third", lines: [{ id: line.id, startingNo: "V500" }] }),
    );
    // THEN it is refused with the number-series wording and the rows stay as they were
    expect(stale).toMatchObject({ ok: false, code: "STALE", message: "The number series was changed by someone else. Reload it." });
    expect(await snapshot()).toEqual(before);
    expect((await db.noSeries.findUniqueOrThrow({ where: { code } })).description).toBe("Second");
  });

  it("GIVEN numbers drawn while the form was open WHEN it is saved with Last No. Used untouched THEN the drawn numbers are kept", async () => {
    // GIVEN a Normal series read by the form with Last No. Used blank
    const code = uniqueCode("KEEP");
    await createNoSeriesAction(null, seriesForm({ code, lines: [{ startingNo: "K0001", endingNo: "K9999" }] }));
    const [line] = await linesOf(code);
    // … and two numbers drawn meanwhile
    await db.$transaction((tx) => getNextNo(tx, code));
    await db.$transaction((tx) => getNextNo(tx, code));
    // WHEN the admin saves a description change with the Last No. Used the form showed
    const result = await updateNoSeriesAction(
      null,
      seriesForm({
        code,
        version: 1,
        description: "Renamed",
        lines: [{ id: line.id, startingNo: "K0001", endingNo: "K9999", lastNoUsed: "", lastNoUsedRead: "" }],
      }),
    );
    // THEN the line still continues after K0002
    expect(result.ok).toBe(true);
    expect((await linesOf(code))[0].lastNoUsed).toBe("K0002");
    expect(await peekNextNo(db, code)).toBe("K0003");
  });

  it("GIVEN a series with two lines WHEN one is removed and one added THEN the rows follow the grid", async () => {
    // GIVEN two lines
    const code = uniqueCode("GRID");
    await createNoSeriesAction(
      null,
      seriesForm({
        code,
        lines: [
          { startingNo: "G1", startingDate: "2026-01-01" },
          { startingNo: "H1", startingDate: "2027-01-01" },
        ],
      }),
    );
    const [first] = await linesOf(code);
    // WHEN the second is removed and a new one added
    const result = await updateNoSeriesAction(
      null,
      seriesForm({
        code,
        version: 1,
        lines: [
          { id: first.id, startingNo: "G1", startingDate: "2026-01-01" },
          { startingNo: "J001", endingNo: "J1", startingDate: "2028-01-01" },
        ],
      }),
    );
    // THEN the rows are the first line and the new, padded one
    expect(result.ok).toBe(true);
    const lines = await linesOf(code);
    expect(lines.map((l) => [l.id === first.id, l.startingNo, l.endingNo])).toEqual([
      [true, "G1", ""],
      [false, "J001", "J001"],
    ]);
  });
});

describe("deleting a series", () => {
  it("GIVEN a series used in Manufacturing Setup WHEN deleted THEN it is refused naming the setup field", async () => {
    // GIVEN the demo Released Order Nos. series
    const { version } = await db.noSeries.findUniqueOrThrow({ where: { code: "REL-PROD" } });
    const before = await snapshot();
    // WHEN deleted
    const result = await deleteNoSeriesAction(null, { code: "REL-PROD", version });
    // THEN refused with the field named, nothing written
    expect(result).toMatchObject({ ok: false, code: "NS_IN_USE" });
    expect(!result.ok && result.message).toContain("Released Order Nos.");
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN an unused Sequence series WHEN deleted THEN its lines and its database sequence are gone", async () => {
    // GIVEN a Sequence series
    const code = uniqueCode("DEL");
    await createNoSeriesAction(null, seriesForm({ code, lines: [{ startingNo: "D001", implementation: "SEQUENCE" }] }));
    const [line] = await linesOf(code);
    expect(line.sequenceName).toBeTruthy();
    // WHEN deleted
    const result = await deleteNoSeriesAction(null, { code, version: 1 });
    // THEN no series, no lines, no sequence
    expect(result.ok).toBe(true);
    expect(await db.noSeries.count({ where: { code } })).toBe(0);
    expect(await db.noSeriesLine.count({ where: { seriesCode: code } })).toBe(0);
    const seqs = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_sequences WHERE sequencename = ${line.sequenceName}`;
    expect(seqs[0].n).toBe(0);
  });
});
