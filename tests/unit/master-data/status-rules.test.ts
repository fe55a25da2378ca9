import { describe, expect, it } from "vitest";
import { allowedNextStatuses, canChangeStatus, isEditable, notEditableMessage } from "@/lib/domain/bom/status-rules";
import { msg, renderMessage } from "@/lib/i18n/domain-message";

describe("BOM/routing status rules: New → Certified → Closed, Certified ↔ Under Development", () => {
  it.each([
    ["NEW", "CERTIFIED", true],
    ["NEW", "UNDER_DEVELOPMENT", true],
    ["NEW", "CLOSED", false],
    ["CERTIFIED", "UNDER_DEVELOPMENT", true],
    ["CERTIFIED", "CLOSED", true],
    ["CERTIFIED", "NEW", false],
    ["UNDER_DEVELOPMENT", "CERTIFIED", true],
    ["UNDER_DEVELOPMENT", "CLOSED", true],
    ["UNDER_DEVELOPMENT", "NEW", false],
    ["CLOSED", "UNDER_DEVELOPMENT", true],
    ["CLOSED", "CERTIFIED", false],
    ["CLOSED", "NEW", false],
  ] as const)("%s → %s allowed: %s", (from, to, ok) => {
    expect(canChangeStatus(from, to)).toBe(ok);
    expect(allowedNextStatuses(from).includes(to)).toBe(ok);
  });

  it("only New and Under Development may be edited", () => {
    expect([isEditable("NEW"), isEditable("UNDER_DEVELOPMENT"), isEditable("CERTIFIED"), isEditable("CLOSED")]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(renderMessage(notEditableMessage(msg("partBom", { no: "1000" }), "CERTIFIED"))).toBe(
      "Production BOM 1000 is Certified: its Status must be Under Development or New to change it.",
    );
  });
});
