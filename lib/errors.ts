// Expected failures carry a code (for translation and tests), an English message (the spec's
// wording) and the field they belong to, so the UI can show them beside that field.

export type ErrorParams = Record<string, string | number>;

/** Messages per field (the field's name, or "lines.3.quantityPer" inside a grid; "_form" for the whole form). */
export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly params: ErrorParams = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export class NotAuthenticatedError extends DomainError {
  constructor() {
    super("UNAUTHENTICATED", "You must sign in first.");
  }
}

export class ForbiddenError extends DomainError {
  constructor(what = "do this") {
    super("FORBIDDEN", `You do not have permission to ${what}.`, undefined, { what });
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, key: string, field?: string) {
    super("NOT_FOUND", `${what} ${key} does not exist.`, field, { what, key });
  }
}

/** a stale version is refused, never silently overwritten. */
export class ConcurrencyError extends DomainError {
  constructor() {
    super("STALE", "The order was changed by someone else. Reload it.");
  }
}

/** Several field errors found together (validation of a whole record). */
export class ValidationError extends DomainError {
  constructor(readonly fieldErrors: FieldErrors, message = "Please correct the marked fields.") {
    super("VALIDATION", message);
  }
}
