import "../../support/next-mocks";
import { describe, expect, it } from "vitest";
import { signInAction } from "@/lib/actions/auth";
import { db } from "@/lib/db";
import { requestHeaders } from "../../support/next-mocks";

// Sign-in as the login form drives it: passwords are hashed by Better Auth, a wrong password is
// refused without saying which part was wrong, and repeated failures are rate-limited.

const form = (email: string, password: string) => {
  const fd = new FormData();
  fd.set("email", email);
  fd.set("password", password);
  return fd;
};

describe("sign-in", () => {
  it("stores passwords only as hashes", async () => {
    const account = await db.account.findFirstOrThrow({ where: { user: { email: "planner@cronus.demo" } } });
    expect(account.password).not.toContain("Demo-2026!");
    expect(account.password?.length).toBeGreaterThan(40);
  });

  it("refuses a wrong password with one message for both fields", async () => {
    requestHeaders.set("x-forwarded-for", "10.9.0.1");
    const r = await signInAction({}, form("planner@cronus.demo", "wrong-password"));
    expect(r).toEqual({ error: "invalid", email: "planner@cronus.demo" });
  });

  it("rate-limits repeated failed sign-ins from one address", async () => {
    // GIVEN one client address WHEN it fails to sign in again and again THEN it is told to wait
    requestHeaders.set("x-forwarded-for", "10.9.0.2");
    const results = [];
    for (let i = 0; i < 15; i++) results.push((await signInAction({}, form("supervisor@cronus.demo", `bad-${i}`))).error);
    expect(results.slice(0, 5).every((e) => e === "invalid")).toBe(true);
    expect(results.at(-1)).toBe("tooMany");
    // … and even the right password waits until the window has passed.
    const right = await signInAction({}, form("supervisor@cronus.demo", "Demo-2026!")).catch((e) => e);
    expect(right).toEqual({ error: "tooMany", email: "supervisor@cronus.demo" });
  });
});
