import { hashPassword } from "better-auth/crypto";
import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import type { ResetUserPasswordInput } from "@/lib/validation/users";
import { msg } from "@/lib/i18n/domain-message";

/**
 * An admin gives a user a new password (a forgotten one, or a suspected leak): every session the
 * user has ends with it, so whoever knew the old password is signed out everywhere.
 */
export async function resetUserPassword(input: ResetUserPasswordInput, actor: Actor) {
  const hash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true } });
    if (!user) throw new NotFoundError("partUser", { id: input.userId }, "userId");
    const { count: accounts } = await tx.account.updateMany({
      where: { userId: user.id, providerId: "credential" },
      data: { password: hash },
    });
    if (accounts === 0) throw new DomainError("NO_PASSWORD_ACCOUNT", msg("noPasswordAccount", { email: user.email }), "password");
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    await writeAudit(tx, actor, {
      action: "user.resetPassword",
      entityType: "User",
      entityKey: user.email,
      changes: { sessionsRevoked: count },
    });
    return { id: user.id, sessionsRevoked: count };
  });
}
