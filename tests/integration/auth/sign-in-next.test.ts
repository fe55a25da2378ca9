import "../../support/next-mocks";
import { describe, expect, it } from "vitest";
import { signInAction } from "@/lib/actions/auth";
import { DEMO_PASSWORD } from "@/lib/seed/demo-users";
import { requestHeaders } from "../../support/next-mocks";

// Issue #21 item 4: after a real sign-in the browser is sent to `next` only when it is a path of
// this app; a backslash or a raw TAB after the first slash used to send it to another host.

let ip = 0;
/** Signs the planner in with `next` and returns where the action redirects to. */
async function redirectAfterSignIn(next: string): Promise<string> {
  requestHeaders.set("x-forwarded-for", `10.21.4.${++ip}`);
  const form = new FormData();
  form.set("email", "planner@cronus.demo");
  form.set("password", DEMO_PASSWORD);
  form.set("next", next);
  const thrown = await signInAction({}, form).then(
    (state) => {
      throw new Error(`no redirect: ${JSON.stringify(state)}`);
    },
    (e: unknown) => e as { digest?: string },
  );
  // next/navigation's redirect() throws "NEXT_REDIRECT;<type>;<url>;<status>;"
  expect(thrown.digest).toMatch(/^NEXT_REDIRECT;/);
  return thrown.digest!.split(";").slice(2, -2).join(";");
}

describe("sign-in redirects only within the app", () => {
  it("GIVEN next=/production-orders/released WHEN the planner signs in THEN they land there", async () => {
    expect(await redirectAfterSignIn("/production-orders/released?x=1")).toBe("/production-orders/released?x=1");
  });

  it.each([["/\\127.0.0.1:3205/x"], ["/\t/127.0.0.1:3205/x"], ["/.//evil.example"], ["//evil.example"], ["https://evil.example/"]])(
    "GIVEN next=%j WHEN the planner signs in THEN they land on / of this app",
    async (next) => {
      expect(await redirectAfterSignIn(next)).toBe("/");
    },
  );
});
