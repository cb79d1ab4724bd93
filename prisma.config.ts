import { defineConfig } from "prisma/config";

// The CLI only needs the URL for commands that touch a database; `prisma generate`
// runs without one. Migrations run through scripts/lib/schema-engine.ts (see README).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/factcheck" },
});
