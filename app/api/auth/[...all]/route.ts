import { auth } from "@/lib/auth/better-auth";
import { onlyServedEndpoints } from "@/lib/auth/http-endpoints";

// Only the auth endpoints the app uses (lib/auth/http-endpoints.ts); every other path is a 404.
const handler = onlyServedEndpoints((request) => auth.handler(request));

export const GET = handler;
export const POST = handler;
