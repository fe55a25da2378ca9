import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Builds a PrismaClient on the pg driver adapter. Kept free of 'server-only' so scripts
// (seed, benchmarks) and tests can build their own clients; the app uses lib/db.ts.
export function createPrismaClient(connectionString: string, opts: { max?: number } = {}) {
  const adapter = new PrismaPg({
    connectionString,
    max: opts.max ?? 10,
    // pg waits forever for a free connection by default: fail clearly instead.
    connectionTimeoutMillis: 10_000,
  });
  return new PrismaClient({
    adapter,
    transactionOptions: { maxWait: 10_000, timeout: 30_000 },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
