import { z } from "zod";

// An order's key and version as every order dialog posts them (card, refresh, replan, change
// status). Both are PostgreSQL integers: a larger number is no order of ours and must be refused
// here, not end in Prisma's "value out of range" (P2020) as "Something went wrong".
// Every rule carries the message: zod's own ("Too small: expected number to be >=0") is no BC
// wording and has no translation.
const INT4_MAX = 2_147_483_647;

export const orderIdSchema = z.coerce
  .number({ error: "The order is unknown." })
  .int("The order is unknown.")
  .positive("The order is unknown.")
  .max(INT4_MAX, "The order is unknown.");

export const orderVersionSchema = z.coerce
  .number({ error: "The order version is missing." })
  .int("The order version is missing.")
  .nonnegative("The order version is missing.")
  .max(INT4_MAX, "The order version is missing.");
