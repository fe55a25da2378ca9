import { z } from "zod";
import { zodMessage } from "@/lib/i18n/domain-message";

// The boundary of the API key forms (profile page, admin's user card).

export const API_KEY_NAME_MAX = 50;

const userId = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().max(64).optional());

export const createApiKeySchema = z.object({
  /** Whose key: the signed-in user's own when left out (admins name another user). */
  userId,
  name: z.preprocess(
    (v) => (v === null || v === undefined ? "" : v),
    z
      .string({ ...zodMessage("apiKeyNameRequired") })
      .trim()
      .min(1, { ...zodMessage("apiKeyNameRequired"), abort: true })
      .max(API_KEY_NAME_MAX, { ...zodMessage("apiKeyNameTooLong", { max: API_KEY_NAME_MAX }), abort: true })
      .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), zodMessage("apiKeyNameRequired")),
  ),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ id: z.string().min(1).max(64) });
export type RevokeApiKeyInput = z.infer<typeof revokeApiKeySchema>;
