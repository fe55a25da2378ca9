// Better Auth serves dozens of endpoints under /api/auth: user administration (set-role,
// impersonate-user, ban-user, set-user-password, …) and self-service (update-user,
// change-password, sign-up, delete-user, …). None of them know the app's rules (the last admin,
// name lengths) or write its audit trail, so over HTTP only what the browser of this app uses is
// served; everything else is a 404. User administration and a user's own password change go
// through the app's server actions, which call Better Auth or the database from the server.

export const AUTH_BASE_PATH = "/api/auth";

/** The endpoints the app's pages and clients call over HTTP, per method. */
export const SERVED_AUTH_ENDPOINTS: Record<string, readonly string[]> = {
  GET: ["/get-session"],
  POST: ["/sign-in/email", "/sign-out"],
};

export function isServedAuthEndpoint(method: string, url: string): boolean {
  const path = new URL(url).pathname;
  if (!path.startsWith(`${AUTH_BASE_PATH}/`)) return false;
  return (SERVED_AUTH_ENDPOINTS[method.toUpperCase()] ?? []).includes(path.slice(AUTH_BASE_PATH.length));
}

/** Wraps the auth handler so that only the served endpoints reach it. */
export function onlyServedEndpoints(handler: (request: Request) => Promise<Response>) {
  return (request: Request): Promise<Response> =>
    isServedAuthEndpoint(request.method, request.url) ? handler(request) : Promise.resolve(new Response("Not Found", { status: 404 }));
}
