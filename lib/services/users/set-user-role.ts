import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { lockEnabledAdmins } from "@/lib/services/users/admins";
import type { SetUserRoleInput } from "@/lib/validation/users";
import { msg } from "@/lib/i18n/domain-message";

/**
 * Gives a user another role. The company must keep at least one admin, otherwise nobody
 * could manage number series, setup or users any more: demoting the last one is refused.
 */
export async function setUserRole(input: SetUserRoleInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    const admins = await lockEnabledAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, role: true } });
    if (!user) throw new NotFoundError("partUser", { id: input.userId }, "role");
    if (user.role === input.role) return { id: user.id, role: user.role };
    const isAdmin = admins.some((a) => a.id === user.id);
    if (isAdmin && input.role !== "admin" && admins.length <= 1) {
      throw new DomainError("LAST_ADMIN", user.id === actor.id ? msg("lastAdminSelf") : msg("lastAdmin", { email: user.email }), "role");
    }
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    await writeAudit(tx, actor, {
      action: "user.setRole",
      entityType: "User",
      entityKey: user.email,
      changes: { role: [user.role, input.role] },
    });
    return { id: user.id, role: input.role };
  });
}
