import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { contains, type ListParams, type Page } from "@/lib/data/list-params";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isRole } from "@/lib/domain/auth/permissions";

export const USER_SORTS = ["name", "email", "role", "locale"] as const;
export const USER_FILTERS = ["name", "email", "role"] as const;
export type UserSort = (typeof USER_SORTS)[number];

export async function listUsers(p: ListParams<UserSort>) {
  await requireViewer("users.manage");
  const where: Prisma.UserWhereInput = {
    name: contains(p.filters.name),
    email: contains(p.filters.email),
    role: isRole(p.filters.role) ? p.filters.role : undefined,
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      select: { id: true, name: true, email: true, role: true, locale: true, banned: true },
      orderBy: [{ [p.sort]: p.dir }, { email: "asc" }],
      skip: (p.page - 1) * p.pageSize,
      take: p.pageSize,
    }),
    db.user.count({ where }),
  ]);
  return { rows, total, page: p.page, pageSize: p.pageSize } satisfies Page<unknown>;
}
