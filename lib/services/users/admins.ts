import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The enabled admins, locked for the rest of the transaction, so that two admins demoting or
 * disabling each other at once cannot both succeed and leave the company without one.
 */
export function lockEnabledAdmins(tx: Prisma.TransactionClient) {
  return tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "user" WHERE role = 'admin' AND banned IS NOT TRUE ORDER BY id FOR UPDATE`;
}
