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
export async function queryRows<T>(query: { text: string; values: unknown[] }): Promise<T[]> {
  const { pool, nameStatement } = client();
  const name = nameStatement({ sql: query.text, args: query.values }) || undefined;
  return (await pool.query<T & pg.QueryResultRow>({ name, text: query.text, values: query.values })).rows;
}
