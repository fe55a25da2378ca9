import { defineConfig } from "prisma/config";

// The Prisma CLI downloads a native schema engine before any command, which fails offline.
// generate/validate/format don't use it, so pointing it at any executable lets them run.
// Migrations are created and applied by scripts/db.mts through the WebAssembly engine.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
