import { auth } from "@/lib/auth/better-auth";
import { DEMO_PASSWORD } from "@/lib/seed/demo-users";
import { requestHeaders } from "./next-mocks";

// Acts as a demo user in integration tests: signs in through Better Auth for real and puts the
// session cookie into the mocked request headers that server actions read.
export async function signInAs(role: "planner" | "supervisor" | "admin") {
  const { headers } = await auth.api.signInEmail({
    body: { email: `${role}@cronus.demo`, password: DEMO_PASSWORD },
    returnHeaders: true,
  });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  requestHeaders.set("cookie", cookie);
}

export function signOut() {
  requestHeaders.delete("cookie");
}
