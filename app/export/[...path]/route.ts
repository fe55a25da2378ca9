import type { NextRequest } from "next/server";
import { exportListResponse } from "@/lib/data/export/response";

// GET /export<list path>?<the list's query string>: the list as CSV, every row of the current
// filter in the list's order, streamed (lib/data/export/response.ts and paged.ts).

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ path: string[] }> }) {
  return exportListResponse((await params).path ?? [], request.nextUrl.searchParams);
}
