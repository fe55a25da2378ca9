import { db } from "@/lib/db";

// Readiness, which the reverse proxy checks (deploy/haproxy): the node can reach its database
// (through the pooler, when there is one). 503 while it cannot, so the proxy sends its traffic to
// the other nodes until it can again.
export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ready" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "database unreachable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
