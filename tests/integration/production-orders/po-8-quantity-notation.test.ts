// Covers PO-8 through createProductionOrderAction: Quantity is read in the decimal notation of
// the user's language (NEXT_LOCALE cookie): 1,234.5 in English, 1.234,5 in Dutch, both stored as
// 1234.5. Hex and exponents are refused beside the field (po-11-create-action-*.test.ts).
import "../../support/next-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProductionOrderAction } from "@/lib/actions/production-orders";
import { db } from "@/lib/db";
import { setLocale } from "../../support/locale";
import { signInAs } from "../../support/session";
import { formOf } from "./helpers";

beforeAll(async () => {
  await signInAs("planner");
});

afterAll(async () => {
  await setLocale("en");
});

describe("PO-8 Quantity in the user's notation", () => {
  it.each([
    ["en", "1,234.5"],
    ["en", "1234.5"],
    ["nl", "1.234,5"],
    ["nl", "1234,5"],
  ] as const)("%s: Quantity %s is stored as 1234.5", async (locale, quantity) => {
    // GIVEN a user of that language
    await setLocale(locale);
    // WHEN an order is created with that Quantity
    const result = await createProductionOrderAction(
      null,
      formOf({ status: "FIRM_PLANNED", sourceType: "ITEM", sourceNo: "1000", quantity, dueDate: "2026-12-14" }),
    );
    // THEN it is created with Quantity 1234.5
    expect(result).toMatchObject({ ok: true });
    if (!result || !result.ok) throw new Error("unreachable");
    const order = await db.productionOrder.findFirstOrThrow({ where: { no: result.data.no, status: "FIRM_PLANNED" } });
    expect(order.quantity.toString()).toBe("1234.5");
  });
});
