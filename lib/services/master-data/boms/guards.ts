import type { BomStatus } from "@/lib/generated/prisma/enums";
import { ConcurrencyError, DomainError, ValidationError } from "@/lib/errors";
import { isEditable, notEditableMessage } from "@/lib/domain/bom/status-rules";
import { msg, type Message } from "@/lib/i18n/domain-message";

// Small guards shared by the BOM and routing services.

export function bomLabel(no: string, versionCode?: string | null): Message {
  return versionCode ? msg("partBomVersion", { version: versionCode, no }) : msg("partBom", { no });
}

export function routingLabel(no: string, versionCode?: string | null): Message {
  return versionCode ? msg("partRoutingVersion", { version: versionCode, no }) : msg("partRouting", { no });
}

/** A Certified (or Closed) record is refused until it is set back to Under Development. */
export function assertEditable(what: Message, status: BomStatus) {
  if (!isEditable(status)) throw new DomainError("NOT_EDITABLE", notEditableMessage(what, status), "status");
}

export function throwIfErrors(errors: Record<string, Message[]>) {
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

export function notFound(record: Message): never {
  throw new DomainError("NOT_FOUND", msg("recordNotFound", { record }), "no");
}

/** X-2 for master data: a stale version is refused with a message that fits the record. */
export class RecordChangedError extends ConcurrencyError {
  constructor(what: Message) {
    super(msg("recordChanged", { record: what }));
  }
}
