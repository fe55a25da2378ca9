import { z } from "zod";
import { ROLES } from "@/lib/domain/auth/permissions";

// Changing a user's role from the Users page.
export const setUserRoleSchema = z.strictObject({
  userId: z.string().trim().min(1, "Choose a user.").max(100),
  role: z.enum(ROLES, "Choose Planner, Supervisor or Admin."),
});
export type SetUserRoleInput = z.infer<typeof setUserRoleSchema>;
