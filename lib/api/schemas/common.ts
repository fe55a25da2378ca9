import { z } from "zod";

// Shapes shared by the API's operations. Types and required fields only: the business rules
// (lengths, ranges, what may change) are the services' own schemas and rules, run after these.

export const STATUSES = ["SIMULATED", "PLANNED", "FIRM_PLANNED", "RELEASED", "FINISHED"] as const;

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string().meta({ description: "The rule's message, in the language of Accept-Language (en, nl)." }),
    code: z.string().meta({ description: "The rule's code, e.g. VALIDATION, STALE, FORBIDDEN, NOT_DELETABLE." }),
    field: z.string().optional().meta({ description: "The field the message belongs to, when there is one." }),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details." });

export const decimal = (description?: string) => z.number().meta(description ? { description } : {});
export const date = z.string().meta({ format: "date", description: "yyyy-mm-dd" });
export const localDateTime = z.string().meta({ description: "Plant-local wall-clock date-time, yyyy-mm-ddThh:mm:ss (no time zone)." });

/** A key or filter as text: no control characters (PostgreSQL cannot even store a NUL). */
export const plainText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[^\u0000-\u001f\u007f]*$/);

/** A positive int4 path id; anything else is no record of ours. */
export const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export const cursorQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: "Page size, 1–200 (50)." }),
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]*$/)
    // A cursor is a key this API wrote (base64url): one that decodes to anything else is refused.
    .refine((c) => !/[\u0000-\u001f\u007f\ufffd]/.test(Buffer.from(c, "base64url").toString("utf8")), { message: "Invalid cursor" })
    .optional()
    .meta({ description: "nextCursor of the previous page." }),
};

/** The query of every list operation: its filters (if any), then `limit` and `cursor`. */
export const listQuerySchema = <F extends z.ZodRawShape = Record<never, never>>(filters: F = {} as F) =>
  z.object({ ...filters, ...cursorQuery });

/** The page's document: its items and the cursor of the next page (null on the last). */
export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() }).meta({ id });

/** The key the query's cursor names ("" on the first page): the page holds the rows after it. */
export const keyAfter = (q: { cursor?: string }) => (q.cursor ? Buffer.from(q.cursor, "base64url").toString() : "");

/** A page from rows read with `limit + 1` (the extra row only says that another page follows). */
export function cursorPage<T>(rows: T[], limit: number, keyOf: (row: T) => string): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? Buffer.from(keyOf(items[limit - 1])).toString("base64url") : null };
}

export const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
export const localDateTimeOf = (d: Date | null) => (d ? d.toISOString().slice(0, 19) : null);
