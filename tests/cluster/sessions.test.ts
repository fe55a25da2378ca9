import { describe, expect, it } from "vitest";
import { cluster, signInUser } from "./support";

// Sessions across processes (issue 27): a session lives in the database and is signed with the
// one BETTER_AUTH_SECRET every node has, so no node needs the proxy to send a user back to it.

const [a, b] = cluster.nodes;
const page = (baseUrl: string, cookie?: string) => fetch(`${baseUrl}/`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });

describe("CLUSTER-1 a session made through one server works on every other", () => {
  it("signed in at node A, the user opens a protected page on node B and through the proxy", async () => {
    // GIVEN a planner signed in at node A only
    const cookie = await signInUser(a.url, 1);
    // WHEN the same cookie asks node B (and the proxy) for a protected page
    const onB = await page(b.url, cookie);
    const viaProxy = await page(cluster.url, cookie);
    // THEN both serve it, with the user's name in it; without the cookie node B sends to sign-in
    expect(onB.status).toBe(200);
    expect(await onB.text()).toContain("Cluster Planner 2");
    expect(viaProxy.status).toBe(200);
    await viaProxy.arrayBuffer();
    const anonymous = await page(b.url);
    expect(anonymous.status).toBeGreaterThanOrEqual(300);
    expect(anonymous.status).toBeLessThan(400);
    expect(anonymous.headers.get("location")).toContain("/login");
  });

  it("signed out at node B, the session no longer opens pages on node A", async () => {
    // GIVEN a planner signed in at node B, whose session node A accepts
    const cookie = await signInUser(b.url, 2);
    const before = await page(a.url, cookie);
    expect(before.status).toBe(200);
    await before.arrayBuffer();
    // WHEN the planner signs out at node B
    const out = await fetch(`${b.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { Cookie: cookie, Origin: cluster.url, "Content-Type": "application/json" },
      body: "{}",
    });
    expect(out.status).toBe(200);
    // THEN node A sends the old cookie to sign-in
    const after = await page(a.url, cookie);
    expect(after.status).toBeGreaterThanOrEqual(300);
    expect(after.headers.get("location")).toContain("/login");
  });

  it("the proxy spreads requests over both nodes, which serve the same build", async () => {
    // GIVEN the two nodes' health answers
    const builds = await Promise.all(
      cluster.nodes.map(async (n) => ((await (await fetch(`${n.url}/api/health`)).json()) as { buildId: string }).buildId),
    );
    // WHEN the proxy is asked four times
    const servedBy = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${cluster.url}/api/ready`);
      expect(res.status).toBe(200);
      servedBy.add(res.headers.get("x-served-by") ?? "");
      await res.arrayBuffer();
    }
    // THEN both nodes answered, and they run one build
    expect([...servedBy].sort()).toEqual(cluster.nodes.map((n) => n.name).sort());
    expect(new Set(builds).size).toBe(1);
  });
});
