// Pure checks on a raw request, made before Next decodes it. Next answers a server action from a
// foreign Origin with a 500 (its CSRF check throws), and a deeply nested argument list overflows
// the stack of React's reply decoder (another 500). The proxy asks these first and answers
// 403 / 400 itself; Next's own checks stay in place behind it.

/** Deeper than any argument list the app's actions take; far below what overflows the decoder. */
export const MAX_BODY_NESTING = 64;

/**
 * Whether a request's Origin may call a server action: absent (a handcrafted request, which
 * carries no browser credentials; Next lets it through too) or the same host the request was
 * addressed to. `null` (sandboxed frames, data: URLs) and any other host are refused.
 */
export function isSameOriginAction(origin: string | null, host: string | null): boolean {
  if (origin === null) return true;
  if (origin === "null" || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The deepest nesting of arrays/objects in JSON text, ignoring brackets inside strings. Stops
 *  counting once past `limit` (the answer is then limit + 1), so a huge body costs one pass. */
export function jsonNestingDepth(text: string, limit = MAX_BODY_NESTING): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return deepest;
}
