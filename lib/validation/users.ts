import { z } from "zod";
import { ROLES } from "@/lib/domain/auth/permissions";
import { msg, zodMessage } from "@/lib/i18n/domain-message";

// User administration from the Users page, and a user's own password change.

/** A user's name is shown on every page (header, audit trail): it has to stay a name. */
export const USER_NAME_MAX = 100;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const userId = z.string().trim().min(1, zodMessage("chooseUser")).max(100, zodMessage("chooseUser"));
const role = z.enum(ROLES, zodMessage("roleInvalid"));
const password = z
  .string(zodMessage("passwordRequired"))
  .min(PASSWORD_MIN, zodMessage("passwordTooShort", { min: PASSWORD_MIN }))
  .max(PASSWORD_MAX, zodMessage("passwordTooLong", { max: PASSWORD_MAX }));

export const userNameSchema = z
  .string(zodMessage("valueRequired", { field: msg("partName") }))
  .trim()
  .min(1, zodMessage("valueRequired", { field: msg("partName") }))
  .max(USER_NAME_MAX, zodMessage("tooLong", { field: msg("partName"), max: USER_NAME_MAX }));

// Changing a user's role from the Users page.
export const setUserRoleSchema = z.strictObject({ userId, role });
export type SetUserRoleInput = z.infer<typeof setUserRoleSchema>;

export const createUserSchema = z.strictObject({
  name: userNameSchema,
  email: z
    .string(zodMessage("emailInvalid"))
    .trim()
    .toLowerCase()
    .max(255, zodMessage("emailInvalid"))
    .pipe(z.email(zodMessage("emailInvalid"))),
  role,
  password,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** Disable or enable one user. */
export const userIdSchema = z.strictObject({ userId });
export type UserIdInput = z.infer<typeof userIdSchema>;

export const resetUserPasswordSchema = z.strictObject({ userId, password });
export type ResetUserPasswordInput = z.infer<typeof resetUserPasswordSchema>;

export const changeOwnPasswordSchema = z
  .strictObject({
    currentPassword: z
      .string(zodMessage("currentPasswordRequired"))
      .min(1, zodMessage("currentPasswordRequired"))
      .max(PASSWORD_MAX, zodMessage("currentPasswordWrong")),
    newPassword: password,
    confirmPassword: z.string().max(PASSWORD_MAX + 1),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], ...zodMessage("passwordsDoNotMatch") });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;
