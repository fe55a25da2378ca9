import { z } from "zod";
import { zodMessage } from "@/lib/i18n/domain-message";

// Tell Me's boundary (issue 24): what the dialog sends. Longer text is cut, not refused: the
// dialog searches as the user types.
export const tellMeSearchSchema = z.object({
  query: z
    .string()
    .max(500)
    .transform((s) => s.trim().slice(0, 50)),
  /** The page the dialog was opened on (its order card's actions are offered). */
  path: z
    .string()
    .max(300)
    .regex(/^\/[^\s]*$/)
    .catch("/"),
});
export type TellMeSearchInput = z.infer<typeof tellMeSearchSchema>;

/** A destination opened from Tell Me: an address inside the app. */
export const tellMeRecentSchema = z.object({
  href: z
    .string()
    .min(2)
    .max(300)
    .regex(/^\/(?!\/)[^\s]*$/, zodMessage("notAnAppAddress")),
});
