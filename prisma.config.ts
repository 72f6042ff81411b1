import { defineConfig } from "prisma/config";

// Prisma 7's CLI fetches a native schema engine before `generate` unless this points at a file.
// `generate` never runs that engine, so a placeholder keeps `prisma generate` working offline.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://unused@127.0.0.1:1/unused" },
});
