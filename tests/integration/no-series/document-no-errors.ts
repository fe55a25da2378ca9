// How a service should report a document number that is already taken (NS-11: "a manual number
// must be unique for the status"). The unique index is the only race-free check, so the service
// lets the insert fail and turns the unique violation into a DomainError beside the No. field;
// a check-then-insert would let two concurrent callers both pass the check.
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/domain-message";
import { isUniqueViolation, pgFailure } from "@/lib/services/db-errors";

export const NO_ALREADY_USED = "NO_ALREADY_USED";

export function noAlreadyUsedMessage(no: string) {
  return `The No. ${no} is already used. Enter another number.`;
}

/** Maps a unique violation on the document number to a DomainError; other errors pass through. */
export function mapDocumentNoError(e: unknown, no?: string, field = "no"): unknown {
  if (!isUniqueViolation(e)) return e;
  // A drawn number is not known to the caller: PostgreSQL names it in the detail,
  // `Key (no)=(M-00005) already exists.`
  const taken = no ?? /\)=\((.*)\) already exists/.exec(pgFailure(e)?.detail ?? "")?.[1] ?? "";
  return new DomainError(NO_ALREADY_USED, msg("noAlreadyUsed", { no: taken }), field);
}

/** Runs an insert and rethrows a duplicate number as the DomainError above. */
export async function withDocumentNoErrors<T>(insert: () => Promise<T>, no?: string): Promise<T> {
  try {
    return await insert();
  } catch (e) {
    throw mapDocumentNoError(e, no);
  }
}
