// Where to go after signing in. `next` comes from the URL of the login page, so anyone can
// write it: only a path of this app is kept. Browsers read "/\host" and "/<TAB>/host" as
// "//host" (another host), and "/.//host" normalizes to "//host", so the path is resolved the
// way a browser resolves it, against a stand-in origin, and kept only when it stays on that
// origin and its result cannot be read as another host either.

const STAND_IN_ORIGIN = "http://app.invalid";
// C0 controls (TAB, CR, LF …) and DEL: the URL parser drops or reinterprets them.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The same-origin path (with query and fragment) `next` names, or "/" when it names anything else. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (CONTROL.test(next) || next.includes("\\")) return "/";
  let url: URL;
  try {
    url = new URL(next, STAND_IN_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== STAND_IN_ORIGIN) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}
