import type { NextRequest } from "next/server";
import { requirePermission } from "@/lib/auth";
import { findListExport } from "@/lib/data/export/lists";
import type { RawSearchParams } from "@/lib/data/list-params";
import { ForbiddenError, NotAuthenticatedError } from "@/lib/errors";
import { logUnexpected } from "@/lib/log";

// GET /export<list path>?<the list's query string>: the list as CSV with the current filter and
// sort, all pages. A public endpoint like any other: it checks the session and the permission
// itself (the data functions check again).

export const dynamic = "force-dynamic";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: NextRequest, { params }: { params: Promise<{ path: string[] }> }) {
  const def = findListExport((await params).path ?? []);
  if (!def) return text(404, "There is no list to export here.");
  try {
    await requirePermission(def.permission);
    const raw: RawSearchParams = {};
    for (const [k, v] of request.nextUrl.searchParams) raw[k] = v;
    // The byte order mark makes Excel read the file as UTF-8.
    const csv = "\uFEFF" + (await def.csv(raw));
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${def.fileName}-${day}.csv"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    if (e instanceof NotAuthenticatedError) return text(401, "Sign in to export this list.");
    if (e instanceof ForbiddenError) return text(403, "You do not have permission to export this list.");
    logUnexpected(e);
    return text(500, "The export failed. Please try again.");
  }
}
