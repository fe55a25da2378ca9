import { hashPassword } from "better-auth/crypto";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db-client";
import type { Role } from "@/lib/domain/auth/permissions";

// One demo user per role (the README lists them). Rows are written the way Better Auth's
// email+password sign-up writes them: a user and a "credential" account holding the hash.
export const DEMO_PASSWORD = "Demo-2026!";
export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "planner@cronus.demo", name: "Pat Planner", role: "planner" },
  { email: "supervisor@cronus.demo", name: "Sam Supervisor", role: "supervisor" },
  { email: "admin@cronus.demo", name: "Alex Admin", role: "admin" },
];

export async function createUser(db: Db, user: { email: string; name: string; role: Role; password: string; locale?: string }) {
  const id = randomUUID();
  const hash = await hashPassword(user.password);
  await db.$transaction([
    db.user.create({
      data: { id, email: user.email, name: user.name, role: user.role, emailVerified: true, locale: user.locale ?? "en" },
    }),
    db.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash } }),
  ]);
  return id;
}

export async function seedDemoUsers(db: Db): Promise<number> {
  let created = 0;
  for (const u of DEMO_USERS) {
    if (await db.user.findUnique({ where: { email: u.email } })) continue;
    await createUser(db, { ...u, password: DEMO_PASSWORD });
    created++;
  }
  return created;
}
