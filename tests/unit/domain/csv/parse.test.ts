import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/domain/csv/parse";
import { csvField, toCsv } from "@/lib/domain/csv/write";
import { renderMessage } from "@/lib/i18n/domain-message";

const fields = (text: string) => parseCsv(text).records.map((r) => r.fields);

describe("CSV import: RFC 4180 parsing", () => {
  it("reads plain records with LF, CRLF and CR line endings", () => {
    expect(fields("a,b\n1,2\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(fields("a,b\r\n1,2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(fields("a,b\r1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("reads quoted fields with commas, escaped quotes and newlines inside", () => {
    expect(fields('no,desc\n1,"Wheel, front"\n2,"He said ""hi"""\n3,"two\r\nlines"\n')).toEqual([
      ["no", "desc"],
      ["1", "Wheel, front"],
      ["2", 'He said "hi"'],
      ["3", "two\r\nlines"],
    ]);
  });

  it("keeps empty fields and an empty quoted field", () => {
    expect(fields('a,,c,""\n,,,\n')).toEqual([
      ["a", "", "c", ""],
      ["", "", "", ""],
    ]);
  });

  it("drops a UTF-8 byte order mark and blank lines, and tells the line each record starts on", () => {
    const { records } = parseCsv('\uFEFFno,desc\n\n1,"multi\nline"\n2,x\n\n');
    expect(records).toEqual([
      { line: 1, fields: ["no", "desc"] },
      { line: 3, fields: ["1", "multi\nline"] },
      { line: 5, fields: ["2", "x"] },
    ]);
  });

  it("reads the last record without a final newline", () => {
    expect(fields("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("reports a quote that is never closed with its line", () => {
    const result = parseCsv('a,b\n1,"open\n2,3\n');
    expect({ ...result.error, message: renderMessage(result.error!.message) }).toEqual({
      line: 2,
      message: expect.stringContaining("never closed"),
    });
  });

  it("treats a quote inside an unquoted field as text", () => {
    expect(fields('a 5" tube,b\n')).toEqual([['a 5" tube', "b"]]);
  });
});

describe("CSV export: RFC 4180 writing with CSV-injection protection", () => {
  it("quotes commas, quotes, newlines and edge spaces", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField(null)).toBe("");
  });

  it("prefixes text that starts like a formula with a single quote, but not numbers", () => {
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-x")).toBe("'-x");
    expect(csvField("@cmd")).toBe("'@cmd");
    expect(csvField(-5)).toBe("-5");
  });

  it("round-trips through the parser", () => {
    const text = toCsv(
      ["No.", "Description"],
      [
        ["1", 'Wheel, "front"\nleft'],
        ["2", "=1+1"],
      ],
    );
    expect(text.endsWith("\r\n")).toBe(true);
    expect(fields(text)).toEqual([
      ["No.", "Description"],
      ["1", 'Wheel, "front"\nleft'],
      ["2", "'=1+1"],
    ]);
  });
});
