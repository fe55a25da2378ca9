import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";

// The lookups of the Copy BOM / Copy Routing dialogs: every BOM (routing) with its version
// codes, one query each. The service checks the chosen source again.

export type CopySource = { no: string; description: string; versions: string[] };

export async function listBomCopySources(): Promise<CopySource[]> {
  await requireViewer("masterData.read");
  const boms = await db.productionBom.findMany({
    select: { no: true, description: true, versions: { select: { versionCode: true }, orderBy: { versionCode: "asc" } } },
    orderBy: { no: "asc" },
  });
  return boms.map((b) => ({ no: b.no, description: b.description, versions: b.versions.map((v) => v.versionCode) }));
}

export async function listRoutingCopySources(): Promise<CopySource[]> {
  await requireViewer("masterData.read");
  const routings = await db.routing.findMany({
    select: { no: true, description: true, versions: { select: { versionCode: true }, orderBy: { versionCode: "asc" } } },
    orderBy: { no: "asc" },
  });
  return routings.map((r) => ({ no: r.no, description: r.description, versions: r.versions.map((v) => v.versionCode) }));
}
