// One place where unexpected errors are written down (server console) and never shown.
export function logUnexpected(e: unknown) {
  console.error("[unexpected]", e);
}
