import { openApiDocument } from "@/lib/api/openapi";
import { apiOperations } from "@/lib/api/operations";

// Built on request, not at build time (the operations' modules want a database configured).
export const dynamic = "force-dynamic";

// The OpenAPI 3.1 document, built from the operations' own schemas; public, like any API's docs.
let document: string | null = null;

export function GET() {
  document ??= JSON.stringify(openApiDocument(apiOperations));
  return new Response(document, { headers: { "content-type": "application/json", "cache-control": "public, max-age=300" } });
}
