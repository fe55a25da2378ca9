// Reads what PostgreSQL said out of whatever the driver adapter wrapped it in, so services can
// turn expected database outcomes (a unique violation, a number series that ran out, a lock
// conflict) into domain errors, and retry the ones that are worth retrying.

export type PgFailure = { code: string; message: string; detail?: string; hint?: string; constraint?: string };

export function pgFailure(e: unknown): PgFailure | null {
  const err = e as {
    code?: string;
    meta?: { driverAdapterError?: { cause?: Record<string, unknown> }; target?: unknown };
    cause?: unknown;
  };
  const cause = err?.meta?.driverAdapterError?.cause;
  if (cause) {
    const constraint = (cause.constraint as { index?: string; fields?: string[] } | undefined)?.index;
    return {
      code: String(cause.originalCode ?? cause.code ?? ""),
      message: String(cause.originalMessage ?? cause.message ?? ""),
      detail: cause.detail as string | undefined,
      hint: cause.hint as string | undefined,
      constraint,
    };
  }
  // Errors straight from `pg` (raw clients in scripts and tests).
  const raw = e as { code?: unknown; message?: unknown; detail?: unknown; constraint?: unknown };
  if (typeof raw?.code === "string" && /^[0-9A-Z]{5}$/.test(raw.code)) {
    return {
      code: raw.code,
      message: String(raw.message ?? ""),
      detail: raw.detail as string | undefined,
      hint: (raw as { hint?: string }).hint,
      constraint: raw.constraint as string | undefined,
    };
  }
  return null;
}

export const isUniqueViolation = (e: unknown) => pgFailure(e)?.code === "23505";
/** Serialization failures and deadlocks: safe to retry the whole transaction. */
export const isRetryable = (e: unknown) => {
  const code = pgFailure(e)?.code;
  return code === "40001" || code === "40P01";
};
