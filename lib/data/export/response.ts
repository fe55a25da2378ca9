import "server-only";
import { requirePermission } from "@/lib/auth";
import { findListExport } from "@/lib/data/export/lists";
import type { RawSearchParams } from "@/lib/data/list-params";
import { ForbiddenError, NotAuthenticatedError } from "@/lib/errors";
import { logUnexpected } from "@/lib/log";

// GET /export<list path>?<the list's query string> (app/export/[...path]/route.ts): the list as
// CSV with the current filter and sort, every row, streamed. A public endpoint like any other:
// the session and the role are checked before the first row is read, and no byte of the list is
// sent to anyone else. `pageSize` is for tests (the default is EXPORT_PAGE_SIZE).

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function exportListResponse(
  segments: string[],
  searchParams: URLSearchParams,
  opts: { pageSize?: number } = {},
): Promise<Response> {
  const def = findListExport(segments);
  if (!def) return text(404, "There is no list to export here.");
  try {
    await requirePermission(def.permission);
    const raw: RawSearchParams = {};
    for (const [k, v] of searchParams) raw[k] ??= v;
    const body = await def.open(raw, opts);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(body, {
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
