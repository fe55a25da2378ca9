import type { BomStatus } from "@/lib/generated/prisma/enums";
import { ConcurrencyError, DomainError, NotFoundError, ValidationError, type FieldErrors } from "@/lib/errors";
import { isEditable, notEditableMessage } from "@/lib/domain/bom/status-rules";

// Small guards shared by the BOM and routing services.

export function bomLabel(no: string, versionCode?: string | null) {
  return versionCode ? `Version ${versionCode} of Production BOM ${no}` : `Production BOM ${no}`;
}

export function routingLabel(no: string, versionCode?: string | null) {
  return versionCode ? `Version ${versionCode} of Routing ${no}` : `Routing ${no}`;
}

/** A Certified (or Closed) record is refused until it is set back to Under Development. */
export function assertEditable(what: string, status: BomStatus) {
  if (!isEditable(status)) throw new DomainError("NOT_EDITABLE", notEditableMessage(what, status), "status", { what, status });
}

export function throwIfErrors(errors: FieldErrors) {
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

export function notFound(what: string, key: string): never {
  throw new NotFoundError(what, key, "no");
}

/** X-2 for master data: a stale version is refused with a message that fits the record. */
export class RecordChangedError extends ConcurrencyError {
  constructor(what: string) {
    super();
    this.message = `${what} was changed by someone else. Reload it.`;
  }
}
