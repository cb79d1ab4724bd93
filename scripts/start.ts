/**
 * `npm start`: database (DATABASE_URL or embedded), migrations, demo data on first start,
 * a production build when sources changed, the document worker bundled, then our HTTP server
 * around Next.js (scripts/server.ts).
 * `npm run dev` runs the same server in development mode.
 */
import { spawn, spawnSync } from "node:child_process";
import { config } from "../lib/config";
import { applyMigrations } from "./lib/schema-engine";
import { disconnectDb } from "../lib/db/client";
import { printDemoLogins, seedDemoData } from "./demo/seed-demo";
import { buildIsStale, bundleDocumentWorker } from "./lib/build";
import { embeddedDataDir, openDatabase, StartupError, type OpenDatabase } from "./lib/database";
import { assertPortFree, authSecret, isProduction } from "./lib/environment";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

async function main() {
  try {
    config();
  } catch (error) {
    throw new StartupError(error instanceof Error ? error.message : String(error));
  }
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new StartupError(`PORT must be a port number (got ${process.env.PORT}).`);
  const database = await openDatabase();
  const stopDatabase = once(database.stop);
  try {
    await assertPortFree(port);
    process.env.DATABASE_URL = database.url;
    await prepare(database);
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: String(port),
  };

  if (!dev && buildIsStale()) {
    console.log("Building the app (first start or changed sources)…");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
    if (build.status !== 0) {
      await stopDatabase();
      throw new StartupError("The build failed; see the output above.");
    }
  }

  if (!dev) env.DOCUMENT_WORKER_FILE = await bundleDocumentWorker();

  const next = spawn("npx", ["tsx", "scripts/server.ts", ...(dev ? ["--dev"] : [])], { stdio: "inherit", env });
  const shutdown = async (code: number) => {
    await stopDatabase();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      next.kill(signal);
    });
  }
  next.on("exit", (code) => void shutdown(code ?? 0));
}

async function prepare(database: OpenDatabase) {
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  const seedAllowed = !isProduction || process.env.SEED_DEMO_DATA === "true";
  if (seedAllowed) {
    printDemoLogins(await seedDemoData({ randomPasswords: isProduction }));
  }
  await disconnectDb();
  console.log(`Database: ${database.embedded ? `embedded PostgreSQL in ${embeddedDataDir}` : "DATABASE_URL"}`);
}

function once(fn: () => Promise<void>) {
  let pending: Promise<void> | undefined;
  return () => (pending ??= fn().catch(() => {}));
}

main().catch((error) => {
  console.error(error instanceof StartupError ? `✖ ${error.message}` : error);
  process.exit(1);
});
