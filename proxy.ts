import { NextResponse, type NextRequest } from "next/server";
import { isSameOriginAction, jsonNestingDepth, MAX_BODY_NESTING } from "@/lib/domain/http/request-guard";

// A guard in front of server actions (it is not authentication: every action still checks its
// session and permission). Next refuses a cross-origin action with a 500 and a body nested
// 200,000 deep with another (the decoder's stack overflows); here they are answered 403 and 400
// before Next decodes anything. Only requests carrying a Next-Action header reach this.
export async function proxy(request: NextRequest) {
  if (request.method !== "POST") return NextResponse.next();
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!isSameOriginAction(request.headers.get("origin"), host)) {
    return new NextResponse("Forbidden: this request comes from another site.", { status: 403 });
  }
  if (await tooDeep(request)) {
    return new NextResponse("Bad request: the request body is nested too deeply.", { status: 400 });
  }
  return NextResponse.next();
}

async function tooDeep(request: NextRequest): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await request.formData().catch(() => null);
    if (!form) return false; // Next answers a malformed form itself
    for (const value of form.values()) {
      if (typeof value === "string" && jsonNestingDepth(value) > MAX_BODY_NESTING) return true;
    }
    return false;
  }
  return jsonNestingDepth(await request.text()) > MAX_BODY_NESTING;
}

export const config = {
  matcher: [{ source: "/:path*", has: [{ type: "header", key: "next-action" }] }],
};
