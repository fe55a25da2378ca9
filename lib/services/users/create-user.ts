import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import type { CreateUserInput } from "@/lib/validation/users";
import { msg } from "@/lib/i18n/domain-message";

const emailTaken = (email: string) => new DomainError("USER_EXISTS", msg("userExists", { email }), "email");

/**
 * An admin creates a user with a name, email, role and initial password. Written the way
 * Better Auth's email sign-up writes a user (a user row and a "credential" account holding the
 * hash), with the audit entry in the same transaction; the password itself is never audited.
 */
export async function createUser(input: CreateUserInput, actor: Actor) {
  // Hashing is deliberately slow (scrypt): done before the transaction, not while holding it.
  const hash = await hashPassword(input.password);
  const id = randomUUID();
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw emailTaken(input.email);
      await tx.user.create({ data: { id, name: input.name, email: input.email, role: input.role, emailVerified: true } });
      await tx.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash } });
      await writeAudit(tx, actor, {
        action: "user.create",
        entityType: "User",
        entityKey: input.email,
        changes: { name: [null, input.name], email: [null, input.email], role: [null, input.role] },
      });
      return { id, email: input.email };
    });
  } catch (e) {
    // Two admins creating the same email at once: the unique index decides.
    if ((e as { code?: string }).code === "P2002") throw emailTaken(input.email);
    throw e;
  }
}
