/**
 * Applies pending migrations to DATABASE_URL (and, with SEED_DEMO_DATA=true, creates the demo
 * accounts with random passwords, printed once), then exits: the first step of the standalone
 * image's command (`node migrate.mjs && node server.mjs`, see Dockerfile).
 */
import { closeDocumentPool } from "../lib/articles/prepare-document";
import { disconnectDb } from "../lib/db/client";
import { printDemoLogins, seedDemoData } from "./demo/seed-demo";
import { applyMigrations } from "./lib/schema-engine";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("✖ DATABASE_URL is not set.");
  process.exit(1);
}
try {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Migrations: up to date");
  if (process.env.SEED_DEMO_DATA === "true") printDemoLogins(await seedDemoData({ randomPasswords: true }));
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await closeDocumentPool();
  await disconnectDb();
}
