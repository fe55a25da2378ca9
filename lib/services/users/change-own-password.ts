import { hashPassword, verifyPassword } from "better-auth/crypto";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import type { ChangeOwnPasswordInput } from "@/lib/validation/users";
import { msg } from "@/lib/i18n/domain-message";

const wrongPassword = () => new DomainError("CURRENT_PASSWORD_WRONG", msg("currentPasswordWrong"), "currentPassword");

/**
 * A signed-in user changes their own password, proving the current one. Every other session of
 * theirs ends (a browser left signed in elsewhere, or someone who had the old password); the
 * session that made the change stays.
 */
export async function changeOwnPassword(input: ChangeOwnPasswordInput, actor: Actor, currentSessionToken: string | null) {
  const account = await db.account.findFirst({
    where: { userId: actor.id, providerId: "credential" },
    select: { id: true, password: true },
  });
  if (!account?.password || !(await verifyPassword({ hash: account.password, password: input.currentPassword }))) throw wrongPassword();
  const hash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    // Only if the hash is still the one verified: a concurrent change wins, this one is refused.
    const { count: changed } = await tx.account.updateMany({
      where: { id: account.id, password: account.password },
      data: { password: hash },
    });
    if (changed === 0) throw wrongPassword();
    const { count } = await tx.session.deleteMany({
      where: { userId: actor.id, ...(currentSessionToken ? { token: { not: currentSessionToken } } : {}) },
    });
    await writeAudit(tx, actor, {
      action: "user.changePassword",
      entityType: "User",
      entityKey: actor.email,
      changes: { otherSessionsRevoked: count },
    });
    return { otherSessionsRevoked: count };
  });
}
