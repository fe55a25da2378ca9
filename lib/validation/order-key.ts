import { z } from "zod";
import { zodMessage } from "@/lib/i18n/domain-message";

// An order's key and version as every order dialog posts them (card, refresh, replan, change
// status). Both are PostgreSQL integers: a larger number is no order of ours and must be refused
// here, not end in Prisma's "value out of range" (P2020) as "Something went wrong".
// Every rule carries the message: zod's own ("Too small: expected number to be >=0") is no BC
// wording and has no translation.
const INT4_MAX = 2_147_483_647;

export const orderIdSchema = z.coerce
  .number({ ...zodMessage("orderUnknown") })
  .int(zodMessage("orderUnknown"))
  .positive(zodMessage("orderUnknown"))
  .max(INT4_MAX, zodMessage("orderUnknown"));

export const orderVersionSchema = z.coerce
  .number({ ...zodMessage("orderVersionMissing") })
  .int(zodMessage("orderVersionMissing"))
  .nonnegative(zodMessage("orderVersionMissing"))
  .max(INT4_MAX, zodMessage("orderVersionMissing"));
