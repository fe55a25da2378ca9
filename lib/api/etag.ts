import { msg } from "@/lib/i18n/domain-message";
import { ApiProblem } from "@/lib/api/problem";
import { createHash } from "node:crypto";

// X-2 over HTTP: a record's ETag is its version, so If-Match carries the version the client read
// into the service's own guarded update (a stale one matches no row: 412, nothing written).

export const etagOfVersion = (version: number) => `"v${version}"`;

/** A record without a version (master data read by the API): a hash of what was sent. */
export const etagOfBody = (json: string) => `"h${createHash("sha256").update(json).digest("base64url").slice(0, 22)}"`;

/**
 * RFC 9110 If-None-Match on a read: whether it names the ETag the answer carries (weak comparison,
 * as a GET compares) or is "*". Then the answer is 304 without a body (operation.ts).
 */
export function ifNoneMatchHolds(request: Request, etag: string | undefined): boolean {
  const header = request.headers.get("if-none-match");
  if (header === null || etag === undefined) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/** The version If-Match names: 428 without the header, 412 for one that is no version of ours. */
export function versionFromIfMatch(request: Request): number {
  const header = request.headers.get("if-match");
  if (header === null || header.trim() === "") throw new ApiProblem(428, "IF_MATCH_REQUIRED", msg("apiIfMatchRequired"));
  const match = /^\s*(?:W\/)?"v(\d{1,10})"\s*$/.exec(header);
  const version = match ? Number(match[1]) : Number.NaN;
  if (!Number.isSafeInteger(version) || version > 2_147_483_647) throw new ApiProblem(412, "IF_MATCH_INVALID", msg("apiIfMatchInvalid"));
  return version;
}
