// ST-2 in the Change Status dialog: a Production Blocked refusal is about an item, so it is shown
// once, in the dialog's alert, not also under New Status; a refusal about the status stands
// under New Status only; ST-4's question only in the alert.
import { describe, expect, it } from "vitest";
import { placeRefusal } from "@/components/production-orders/status-refusal";
import type { ActionResult } from "@/lib/actions/run-action";

/** A refusal as runAction returns a DomainError: its message beside its field. */
const refused = (code: string, message: string, field: string): ActionResult<never> => ({
  ok: false,
  code,
  message,
  fieldErrors: { [field]: [message] },
});

describe("ST-2 the Change Status dialog shows each refusal once", () => {
  it("Production Blocked (field itemNo): in the alert only", () => {
    // GIVEN the refusal as the action returns it
    const r = refused("RELEASE_BLOCKED", "You cannot produce Item 1002 because the Production Blocked is Output.", "itemNo");
    // WHEN placed / THEN not under New Status, once in the alert
    expect(placeRefusal(r, false)).toEqual({ underNewStatus: undefined, inAlert: true });
  });

  it("a transition the table refuses (field newStatus): under New Status only", () => {
    const message = "The status of production order 1 cannot be changed from Firm Planned to Finished.";
    const r = refused("STATUS_NOT_ALLOWED", message, "newStatus");
    expect(placeRefusal(r, false)).toEqual({ underNewStatus: [message], inAlert: false });
  });

  it("ST-4's question: in the alert only; no result: nowhere", () => {
    const r = refused("CONFIRM_NO_OUTPUT", "…", "confirmNoOutput");
    expect(placeRefusal(r, true)).toEqual({ underNewStatus: undefined, inAlert: true });
    expect(placeRefusal(null, false)).toEqual({ underNewStatus: undefined, inAlert: false });
  });
});
