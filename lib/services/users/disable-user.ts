import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { lockEnabledAdmins } from "@/lib/services/users/admins";
import type { UserIdInput } from "@/lib/validation/users";
import { msg } from "@/lib/i18n/domain-message";

/**
 * A disabled user cannot sign in (lib/auth/better-auth.ts refuses them a session) and every
 * session they have ends now. Uses Better Auth's `banned` column, which the session reader also
 * checks. Nobody disables themselves, and the last enabled admin stays enabled (as for roles).
 */
export async function disableUser(input: UserIdInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    const admins = await lockEnabledAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, banned: true } });
    if (!user) throw new NotFoundError("partUser", { id: input.userId }, "userId");
    if (user.id === actor.id) throw new DomainError("DISABLE_SELF", msg("disableSelf"), "userId");
    if (user.banned) return { id: user.id, disabled: true };
    if (admins.some((a) => a.id === user.id) && admins.length <= 1) {
      throw new DomainError("LAST_ADMIN_DISABLE", msg("lastAdminDisable", { email: user.email }), "userId");
    }
    await tx.user.update({ where: { id: user.id }, data: { banned: true } });
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    await writeAudit(tx, actor, {
      action: "user.disable",
      entityType: "User",
      entityKey: user.email,
      changes: { disabled: [false, true], sessionsRevoked: count },
    });
    return { id: user.id, disabled: true };
  });
}

/** Lets a disabled user sign in again. */
export async function enableUser(input: UserIdInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, banned: true } });
    if (!user) throw new NotFoundError("partUser", { id: input.userId }, "userId");
    if (!user.banned) return { id: user.id, disabled: false };
    await tx.user.update({ where: { id: user.id }, data: { banned: false, banReason: null, banExpires: null } });
    await writeAudit(tx, actor, { action: "user.enable", entityType: "User", entityKey: user.email, changes: { disabled: [true, false] } });
    return { id: user.id, disabled: false };
  });
}
