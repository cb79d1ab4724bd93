import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { startAppServer } from "../../scripts/lib/app-server";
import { hashPassword } from "../../lib/auth/password";
import type { Role } from "../../lib/auth/permissions";
import { createMigratedDatabase, dropDatabase, freePort, uniqueDatabaseName } from "../../tests/support/test-database";

export type OwnDesk = {
  baseUrl: string;
  /** A user in this desk's database (password "own desk password"). */
  addUser: (role: Role, email?: string) => Promise<{ id: string; email: string; name: string; password: string }>;
  query: (sql: string, values?: unknown[]) => Promise<pg.QueryResult>;
  /** The server's log lines so far, parsed. */
  logLines: () => Record<string, unknown>[];
  /** A second app instance on the same database (same secret): what a load balancer would spread people over. */
  startAnotherInstance: () => Promise<{ baseUrl: string; stop: () => void }>;
  stop: () => Promise<void>;
};

/**
 * A desk of the test's own: a new database beside the shared e2e one and an app server on it.
 * For what would disturb other tests (the desk-wide verdict scale) or needs other settings
 * (single sign-on), and for reading a server's log.
 */
export async function startOwnDesk(prefix: string, { port, env = {} }: { port?: number; env?: Record<string, string> } = {}): Promise<OwnDesk> {
  const adminUrl = process.env.DATABASE_URL!;
  const name = uniqueDatabaseName(prefix);
  const databaseUrl = await createMigratedDatabase(adminUrl, name);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // An idle connection the server drops (the desk's database is dropped at stop) is not a test failure; queries still reject.
  pool.on("error", () => {});
  const logFile = `.test-results/${name}.log`;
  const authSecret = randomBytes(32).toString("base64");
  const others: { stop: () => void }[] = [];
  const app = await startAppServer({ databaseUrl, port: port ?? (await freePort()), logFile, authSecret, env: { LOG_LEVEL: "info", ...env } }).catch(async (error) => {
    await pool.end();
    await dropDatabase(adminUrl, name);
    throw error;
  });
  return {
    baseUrl: app.baseUrl,
    query: (sql, values) => pool.query(sql, values),
    async addUser(role, email) {
      const tag = randomBytes(4).toString("hex");
      const user = { id: `user_${tag}`, email: email ?? `${role.toLowerCase()}-${tag}@own-desk.test`, name: `${role[0]}${role.slice(1).toLowerCase()} ${tag}`, password: "own desk password" };
      await pool.query(`INSERT INTO "User" ("id", "email", "name", "role", "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [
        user.id,
        user.email,
        user.name,
        role,
        await hashPassword(user.password),
      ]);
      return user;
    },
    logLines: () =>
      readFileSync(logFile, "utf8")
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    async startAnotherInstance() {
      const other = await startAppServer({ databaseUrl, port: await freePort(), logFile: `.test-results/${name}-${others.length + 2}.log`, authSecret, env: { LOG_LEVEL: "info", ...env } });
      others.push(other);
      return other;
    },
    async stop() {
      for (const other of others) other.stop();
      app.stop();
      await pool.end();
      await dropDatabase(adminUrl, name).catch(() => {});
    },
  };
}
