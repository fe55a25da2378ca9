import { msg, renderMessage, type Message, type MessageKey, type MessageParam } from "@/lib/i18n/domain-message";

// Expected failures carry a code (for tests and the UI's own texts), a message named by its
// catalog key and parameters (lib/i18n/domain-message.ts: spoken in the reader's language), and
// the field they belong to, so the UI can show them beside that field. `message` is the English
// text (logs, tests).

/** Messages per field (the field's name, or "lines.3.quantityPer" inside a grid; "_form" for the whole form). */
export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  readonly text: Message;

  constructor(
    readonly code: string,
    text: Message,
    readonly field?: string,
  ) {
    super(renderMessage(text, "en"));
    this.name = "DomainError";
    this.text = text;
  }

  get params() {
    return this.text.params;
  }
}

export class NotAuthenticatedError extends DomainError {
  constructor() {
    super("UNAUTHENTICATED", msg("unauthenticated"));
  }
}

/** `what`: the action refused, as a catalog fragment ("do this" when none is named). */
export class ForbiddenError extends DomainError {
  constructor(what?: Message) {
    super("FORBIDDEN", what ? msg("forbidden", { what }) : msg("forbiddenDefault"));
  }
}

/** `record`: the record label fragment ("partItem", "partProductionOrder" …) and its key. */
export class NotFoundError extends DomainError {
  constructor(record: MessageKey, params: Record<string, MessageParam>, field?: string) {
    super("NOT_FOUND", msg("recordNotFound", { record: msg(record, params) }), field);
  }
}

/** a stale version is refused, never silently overwritten. */
export class ConcurrencyError extends DomainError {
  constructor(text: Message = msg("stale")) {
    super("STALE", text);
  }
}

/** Several field errors found together (validation of a whole record). */
export class ValidationError extends DomainError {
  constructor(
    readonly fieldErrors: Record<string, Message[]>,
    text: Message = msg("validation"),
  ) {
    super("VALIDATION", text);
  }
}

/**
 * A pure rule's range failure (a negative duration, a division by zero …) that a use case may
 * show: a RangeError carrying its message by key.
 */
export class MessageRangeError extends RangeError {
  constructor(readonly text: Message) {
    super(renderMessage(text, "en"));
  }
}

/** A ValidationError's messages per field, before they are spoken in the user's language. */
export type FieldMessages = Record<string, Message[]>;
