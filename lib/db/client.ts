import { config } from "@/lib/config";
import { PrismaClient } from "./generated/client";
import { SerializedTransactionsPg } from "./serialized-transactions";
import { statementNamer } from "./statement-names";
import { UtcClient } from "./utc-client";

function createClient() {
  const { DATABASE_URL: url, DATABASE_POOL_SIZE: max } = config();
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database).");
  // Named statements: PostgreSQL plans each query shape once per connection (statement-names.ts).
  const adapter = new SerializedTransactionsPg({ connectionString: url, max, Client: UtcClient }, { statementNameGenerator: statementNamer() });
  // Password hashes are never selected unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createClient>;
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process, kept on globalThis because Next's dev server re-evaluates modules.
const globalForDb = globalThis as unknown as { factcheckDb?: Db };

function client(): Db {
  globalForDb.factcheckDb ??= createClient();
  return globalForDb.factcheckDb;
}

/**
 * The Prisma client, created on first use: `next build` imports route modules without a
 * database, and tests point DATABASE_URL at their own database before the first query.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await globalForDb.factcheckDb?.$disconnect();
  globalForDb.factcheckDb = undefined;
}
