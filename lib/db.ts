import "server-only";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { env } from "@/lib/env";

// The app's one PrismaClient. Kept on globalThis so Next's dev reloads don't open a new pool
// on every edit.
const globalForDb = globalThis as unknown as { __db?: Db };

export const db: Db = (globalForDb.__db ??= createPrismaClient(env.databaseUrl, { max: env.dbPoolMax }));
