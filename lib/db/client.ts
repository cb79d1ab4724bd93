import pg from "pg";
import { config } from "@/lib/config";
import { PrismaClient } from "./generated/client";
import { SerializedTransactionsPg } from "./serialized-transactions";
import { statementNamer } from "./statement-names";
import { utcPool } from "./utc-client";

function createClient() {
  const { DATABASE_URL: url, DATABASE_POOL_SIZE: max } = config();
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database).");
  // One pool per process: Prisma's adapter runs on it, and so does queryRows.
  const pool = utcPool(url, max);
  // Named statements: PostgreSQL plans each query shape once per connection (statement-names.ts).
  const nameStatement = statementNamer();
  const adapter = new SerializedTransactionsPg(pool, { statementNameGenerator: nameStatement, disposeExternalPool: true });
  // Password hashes are never selected unless a query asks for them by name.
  const prisma = new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
  return { prisma, pool, nameStatement };
}

export type Db = ReturnType<typeof createClient>["prisma"];
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process, kept on globalThis because Next's dev server re-evaluates modules.
const globalForDb = globalThis as unknown as { factcheckDb?: ReturnType<typeof createClient> };

function client() {
  globalForDb.factcheckDb ??= createClient();
  return globalForDb.factcheckDb;
}

/**
 * The Prisma client, created on first use: `next build` imports route modules without a
 * database, and tests point DATABASE_URL at their own database before the first query.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const target = client().prisma;
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await globalForDb.factcheckDb?.prisma.$disconnect(); // ends the pool too
  globalForDb.factcheckDb = undefined;
}

/**
 * The rows of one statement, straight through pg on the same pool, prepared once per
 * connection. For the reads every request makes (the session, the claim panel): Prisma's
 * handling of a raw query cost a tenth of such a request. Outside any transaction.
 */
export async function queryRows<T>(query: SqlQuery): Promise<T[]> {
  const { pool, nameStatement } = client();
  return (await pool.query<T & pg.QueryResultRow>(named(nameStatement, query))).rows;
}

/** A statement and its parameters, as `Prisma.sql` builds them. */
export type SqlQuery = { text: string; values: unknown[] };
/** Runs one statement of a `sqlTransaction` and returns its rows. */
export type SqlRunner = <T>(query: SqlQuery) => Promise<T[]>;

function named(nameStatement: ReturnType<typeof statementNamer>, query: SqlQuery): pg.QueryConfig {
  return { name: nameStatement({ sql: query.text, args: query.values }) || undefined, text: query.text, values: query.values };
}

/**
 * A READ COMMITTED transaction straight through pg on the same pool, its statements prepared
 * once per connection as queryRows's are. For the hottest write, a new claim: Prisma's
 * interactive transaction and its handling of each statement were a quarter of the route's
 * CPU. Rolled back whole when `work` throws; a connection that fails even the rollback is
 * closed, never given back to the pool mid-transaction.
 */
export async function sqlTransaction<T>(work: (sql: SqlRunner) => Promise<T>): Promise<T> {
  const { pool, nameStatement } = client();
  const connection = await pool.connect();
  // A checked-out client has no error listener of the pool's: a connection lost between two
  // statements would be an 'error' event nobody hears, which ends the process. Heard here, it
  // fails the next statement (or the rollback) instead.
  const lost = () => {};
  connection.on("error", lost);
  const sql: SqlRunner = async <R>(query: SqlQuery) => (await connection.query<R & pg.QueryResultRow>(named(nameStatement, query))).rows;
  try {
    await connection.query("BEGIN");
    const result = await work(sql);
    await connection.query("COMMIT");
    connection.off("error", lost);
    connection.release();
    return result;
  } catch (error) {
    await connection.query("ROLLBACK").then(
      () => (connection.off("error", lost), connection.release()),
      (rollbackFailed: Error) => connection.release(rollbackFailed), // closed; still heard until gone
    );
    throw error;
  }
}
