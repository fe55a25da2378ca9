import { readFileSync } from "node:fs";
import path from "node:path";

// Liveness: the process answers. No database here: a node whose database is away is alive (the
// proxy asks /api/ready whether to send it traffic). The build id tells which build a node serves,
// so a rolling deployment can see that every node runs the same one.
export const dynamic = "force-dynamic";

let buildId: string | undefined;
function currentBuildId(): string {
  if (buildId === undefined) {
    try {
      buildId = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      buildId = "development";
    }
  }
  return buildId;
}

export function GET() {
  return Response.json({ status: "ok", buildId: currentBuildId() }, { headers: { "Cache-Control": "no-store" } });
}
