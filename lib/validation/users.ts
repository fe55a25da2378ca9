import { z } from "zod";
import { ROLES } from "@/lib/domain/auth/permissions";

// User administration from the Users page, and a user's own password change.

/** A user's name is shown on every page (header, audit trail): it has to stay a name. */
export const USER_NAME_MAX = 100;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const userId = z.string().trim().min(1, "Choose a user.").max(100, "Choose a user.");
const role = z.enum(ROLES, "Choose Planner, Supervisor or Admin.");
const password = z
  .string("Enter a password.")
  .min(PASSWORD_MIN, `The password must be at least ${PASSWORD_MIN} characters long.`)
  .max(PASSWORD_MAX, `The password cannot be longer than ${PASSWORD_MAX} characters.`);

export const userNameSchema = z
  .string("Name must have a value.")
  .trim()
  .min(1, "Name must have a value.")
  .max(USER_NAME_MAX, `Name cannot be longer than ${USER_NAME_MAX} characters.`);

// Changing a user's role from the Users page.
export const setUserRoleSchema = z.strictObject({ userId, role });
export type SetUserRoleInput = z.infer<typeof setUserRoleSchema>;

export const createUserSchema = z.strictObject({
  name: userNameSchema,
  email: z
    .string("Enter a valid email address.")
    .trim()
    .toLowerCase()
    .max(255, "Enter a valid email address.")
    .pipe(z.email("Enter a valid email address.")),
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
    currentPassword: z.string("Enter your current password.").min(1, "Enter your current password.").max(PASSWORD_MAX, "The current password is not correct."),
    newPassword: password,
    confirmPassword: z.string().max(PASSWORD_MAX + 1),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match." });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;
