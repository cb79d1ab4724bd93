/**
 * Migration commands on top of Prisma's WebAssembly schema engine:
 *   npm run db:migrate              apply pending migrations (like `prisma migrate deploy`)
 *   npm run db:migration -- <name>  write a migration for schema.prisma changes (like `migrate dev --create-only`)
 *   npm run db:reset                drop everything, re-apply migrations and re-seed the demo data
 * Uses DATABASE_URL, or the embedded database in .data/ when it is not set.
 */
import { disconnectDb } from "../lib/db/client";
import { applyMigrations, createMigration, resetDatabase } from "./lib/schema-engine";
import { seedDemoData } from "./demo/seed-demo";
import { openDatabase, StartupError } from "./lib/database";
import { isProduction } from "./lib/environment";

const [command, name] = process.argv.slice(2);

async function main() {
  if (command === "create" && !name) throw new StartupError("Name the migration: npm run db:migration -- add_claims");
  if (!["migrate", "create", "reset"].includes(command)) throw new StartupError("Usage: tsx scripts/db.ts migrate | create <name> | reset");
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    if (command === "create") {
      const dir = await createMigration(database.url, name);
      console.log(dir ? `Wrote ${dir}/migration.sql — review it, then npm run db:migrate` : "schema.prisma matches the migrations; nothing to write.");
      return;
    }
    if (command === "reset") {
      if (isProduction && process.env.ALLOW_RESET !== "true") throw new StartupError("Refusing to reset in production (set ALLOW_RESET=true).");
      await resetDatabase(database.url);
      console.log("Database emptied.");
    }
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
    if (command === "reset" && !isProduction) {
      const logins = await seedDemoData({ randomPasswords: false });
      for (const login of logins) console.log(`  ${login.role.padEnd(8)} ${login.email.padEnd(26)} ${login.password}`);
    }
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof StartupError ? `✖ ${error.message}` : error);
  process.exit(1);
});
