// A schema's messages without module state: every issue a schema raises carries its Message
// (domain-message.ts), so whoever reads the issue says it in the reader's language, and a parse
// needs no language set around it. A direct parse reads English.
import { describe, expect, it } from "vitest";
import { issueMessage, msg, renderIssue } from "@/lib/i18n/domain-message";
import { createProductionOrderSchema, quantitySchema } from "@/lib/validation/production-order";
import { createSalesDocumentSchema } from "@/lib/validation/master-data/sales-documents";

const ORDER = { status: "FIRM_PLANNED", sourceType: "ITEM", sourceNo: "1000", dueDate: "2026-12-14", locationCode: "" };

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string; params?: unknown }[] } }) {
  expect(result.success).toBe(false);
  return result.error!.issues;
}

describe("zod issues carry their Message", () => {
  it("a built-in check's error option (zodMessage / issueText): English text, the Message beside it", () => {
    // GIVEN a Quantity left blank WHEN it is parsed
    const [issue] = issuesOf(quantitySchema.safeParse(""));
    // THEN the issue reads English and carries the catalog key
    expect(issue.message).toBe("Quantity must have a value.");
    expect(issueMessage(issue)).toEqual(msg("quantityRequired"));
    // AND it is said in Dutch for a Dutch reader
    expect(renderIssue(issue, "nl")).toBe("Aantal moet een waarde hebben.");
    expect(renderIssue(issue, "en")).toBe("Quantity must have a value.");
  });

  it("a custom issue (issueOf) with a nested caption is said in the reader's language, caption included", () => {
    // GIVEN a Quantity of 0 typed by a Dutch user (the Dutch schema reads the number)
    const [issue] = issuesOf(createProductionOrderSchema.forLocale("nl").safeParse({ ...ORDER, quantity: "0" }));
    // THEN the Dutch words come from the issue, not from a language set around the parse
    expect(renderIssue(issue, "nl")).toBe("Aantal moet groter zijn dan 0.");
    expect(renderIssue(issue, "en")).toBe("Quantity must be greater than 0.");
  });

  it("an issue of a grid line raised again by the document keeps its Message (reissue)", () => {
    // GIVEN a sales order whose comment line has a quantity
    const lines = JSON.stringify([{ lineNo: 10000, type: "COMMENT", no: "", description: "note", quantity: "2" }]);
    const result = createSalesDocumentSchema.safeParse({ documentType: "ORDER", no: "SO-9", lines });
    const issue = issuesOf(result).find((i) => String(i.path[0]).startsWith("lines.0."));
    // THEN the line's issue, at the grid cell's path, still speaks both languages
    expect(issue).toBeDefined();
    expect(issueMessage(issue!)).toEqual(msg("commentLineQuantity"));
    expect(renderIssue(issue!, "nl")).not.toBe(renderIssue(issue!, "en"));
  });

  it("zod's own words (no catalog message) are passed on as they are", () => {
    const plain = { path: [], message: "Invalid input" };
    expect(issueMessage(plain)).toBe("Invalid input");
    expect(renderIssue(plain, "nl")).toBe("Invalid input");
  });
});
