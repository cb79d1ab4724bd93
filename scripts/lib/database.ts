import path from "node:path";
import pg from "pg";
import { describeServer } from "./connection";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type OpenDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export const embeddedDataDir = path.resolve(process.env.EMBEDDED_PG_DIR ?? ".data/postgres");

export class StartupError extends Error {}

/** DATABASE_URL when set (checked for reachability), otherwise the embedded server in .data/. */
export async function openDatabase(): Promise<OpenDatabase> {
  const configured = process.env.DATABASE_URL || undefined;
  if (configured) {
    await assertReachable(configured);
    return { url: configured, embedded: false, stop: async () => {} };
  }
  try {
    const server = await startEmbeddedPostgres({
      dataDir: embeddedDataDir,
      port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
      database: "factcheck",
      persistent: true,
    });
    return { url: server.url, embedded: true, stop: server.stop };
  } catch (error) {
    throw new StartupError(`Could not start the embedded PostgreSQL: ${(error as Error).message}`);
  }
}

async function assertReachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new StartupError(`Cannot reach PostgreSQL at ${describeServer(url)} (${reason}). Check DATABASE_URL.`);
  } finally {
    await client.end().catch(() => {});
  }
}
