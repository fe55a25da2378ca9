import { describe, expect, it } from "vitest";
import { poolerOf } from "@/lib/db-client";

// Which connection strings lead to a transaction-mode pooler (issue 27): through one, the raw SQL
// layer sends its statements unnamed (lib/services/sql-tx.ts). The marker never reaches pg.

describe("CLUSTER-5 a DATABASE_URL says whether it leads to PgBouncer in transaction mode", () => {
  it("pgbouncer=true (Prisma's convention) marks it and is taken out of the URL; other parameters stay", () => {
    expect(poolerOf("postgresql://u:p@127.0.0.1:6432/app?sslmode=disable&pgbouncer=true", undefined)).toEqual({
      url: "postgresql://u:p@127.0.0.1:6432/app?sslmode=disable",
      pooled: true,
    });
  });

  it("pgbouncer=false or no marker: PostgreSQL itself, the URL unchanged", () => {
    expect(poolerOf("postgresql://u:p@127.0.0.1:5432/app?pgbouncer=false", undefined)).toEqual({
      url: "postgresql://u:p@127.0.0.1:5432/app",
      pooled: false,
    });
    const plain = "postgresql://u:p@localhost:5432/app?host=%2Ftmp%2Fpg";
    expect(poolerOf(plain, undefined)).toEqual({ url: plain, pooled: false });
  });

  it("PGBOUNCER=1 (or true) marks any connection string, also one that is not a URL", () => {
    expect(poolerOf("postgresql://u:p@127.0.0.1:6432/app", "1").pooled).toBe(true);
    expect(poolerOf("host=127.0.0.1 port=6432 dbname=app", "true")).toEqual({ url: "host=127.0.0.1 port=6432 dbname=app", pooled: true });
    expect(poolerOf("host=127.0.0.1 port=6432 dbname=app", undefined).pooled).toBe(false);
  });
});
