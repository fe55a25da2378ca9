import { describe, expect, it } from "vitest";
import { orderIdSchema, orderVersionSchema } from "@/lib/validation/order-key";
import { refreshOrderSchema } from "@/lib/validation/refresh";
import { replanSchema } from "@/lib/validation/replan";

// an order's key and version are PostgreSQL integers. A number past them names no order and
// is refused at the boundary with the dialog's own message, never as a database error.
describe("X-2 order key and version fit PostgreSQL's integer", () => {
  it.each([2_147_483_648, "2147483648", 1e12, "1e12"])("refuses %s as an order id and as a version", (v) => {
    // GIVEN / WHEN / THEN
    expect(orderIdSchema.safeParse(v).error?.issues[0].message).toBe("The order is unknown.");
    expect(orderVersionSchema.safeParse(v).error?.issues[0].message).toBe("The order version is missing.");
  });

  it("keeps the largest integer and every dialog uses the same rule", () => {
    expect(orderIdSchema.parse("2147483647")).toBe(2_147_483_647);
    expect(refreshOrderSchema.safeParse({ id: 2_147_483_648, version: 1 }).success).toBe(false);
    expect(replanSchema.safeParse({ id: 1, version: 2_147_483_648 }).success).toBe(false);
  });
});
