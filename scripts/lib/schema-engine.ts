/**
 * Prisma Migrate without the native engine: the official WebAssembly build of Prisma's
 * schema engine, driven through the pg driver adapter. It reads and writes the standard
 * `prisma/migrations/<timestamp>_<name>/migration.sql` layout and the `_prisma_migrations`
 * table, so `prisma migrate deploy` on a machine with the native engine sees the same history.
 */
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum, type SqlQueryable } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { migrateJobQueue } from "../../lib/jobs/job-queue";
import { poolConfigFromUrl } from "./connection";

const root = process.cwd();
export const schemaPath = path.join(root, "prisma", "schema.prisma");
export const migrationsDir = path.join(root, "prisma", "migrations");
const lockfileName = "migration_lock.toml";
const noFilters = { externalTables: [], externalEnums: [] };

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let engineModule: Promise<EngineModule> | undefined;

// Node's ESM loader cannot import the package's .wasm directly, so we instantiate it by hand.
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    // The engine reports Rust panics through this global; without it a panic is an opaque TypeError.
    const registry = { message: "", set_message(message: string) { this.message = message; } };
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = registry;
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const require = createRequire(import.meta.url);
    const jsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasm = new WebAssembly.Module(readFileSync(path.join(path.dirname(jsPath), "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(wasm, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return engineModule;
}

const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumns = Symbol("charColumns");

/**
 * The schema describer reads catalog columns of PostgreSQL's internal `"char"` type (e.g.
 * pg_constraint.contype), which @prisma/adapter-pg 7.x cannot map and the engine wants as a
 * Character column. The client hands them to the adapter as text and tags the row array
 * (which the adapter passes through untouched) with their positions; `withCharColumns`
 * then reports those columns as Character.
 */
class CatalogFriendlyClient extends pg.Client {
  // pg's overloads cannot be restated in a subclass; behaviour is unchanged but for field types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args.at(-1);
    if (typeof last === "function") {
      // Pool.query calls us in callback form.
      args[args.length - 1] = (error: Error | null, result: pg.QueryResult) => last(error, tagCharColumns(result));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const pending = (super.query as (...a: unknown[]) => Promise<pg.QueryResult> | undefined)(...args);
    return pending?.then(tagCharColumns);
  }
}

function tagCharColumns(result: pg.QueryResult | undefined) {
  if (!result?.fields) return result;
  const positions: number[] = [];
  result.fields.forEach((field, index) => {
    if (field.dataTypeID !== CHAR_OID) return;
    field.dataTypeID = TEXT_OID;
    positions.push(index);
  });
  if (positions.length > 0) Object.defineProperty(result.rows, charColumns, { value: positions });
  return result;
}

type ScriptRunner = { executeScript(script: string): Promise<void>; underlyingDriver(): pg.Pool | pg.Client; onError(error: unknown): never };

function withCharColumns<A extends SqlQueryable>(adapter: A): A {
  // PrismaPg splits a migration script at every ";", which cuts function bodies ($$ … ; … $$)
  // and comments apart. The native engine sends the script whole; so do we (one simple query).
  const runner = adapter as unknown as ScriptRunner;
  runner.executeScript = async (script) => {
    try {
      await runner.underlyingDriver().query(script);
    } catch (error) {
      runner.onError(error);
    }
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    const positions: number[] = (result.rows as unknown as Record<symbol, number[]>)[charColumns] ?? [];
    for (const index of positions) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return adapter;
}

function ownedPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ ...config, max: 2, Client: CatalogFriendlyClient });
  // The engine drops shadow databases with their connections still open; an unheard
  // pool error would crash the process.
  pool.on("error", () => {});
  return pool;
}

/**
 * PrismaPg's own shadow database pool has no error listener, so we hand the engine one
 * whose pools we own and close.
 */
class MigrationAdapterFactory extends PrismaPg {
  constructor(
    private readonly mainPool: pg.Pool,
    private readonly poolConfig: pg.PoolConfig,
  ) {
    super(mainPool);
  }

  override async connect() {
    return withCharColumns(await super.connect());
  }

  override async connectToShadowDb() {
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await this.mainPool.query(`CREATE DATABASE "${database}"`);
    const shadowPool = ownedPool({ ...this.poolConfig, database });
    const adapter = withCharColumns(await new PrismaPg(shadowPool).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await shadowPool.end();
      await this.mainPool.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    };
    return adapter;
  }
}

async function withEngine<T>(databaseUrl: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const schema = readFileSync(schemaPath, "utf8");
  const config = poolConfigFromUrl(databaseUrl);
  const pool = ownedPool(config);
  const adapter = bindMigrationAwareSqlAdapterFactory(new MigrationAdapterFactory(pool, config));
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  try {
    const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, log, adapter);
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}

function readMigrations(): MigrationList {
  const lockPath = path.join(migrationsDir, lockfileName);
  const directories = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockfileName, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/**
 * Applies pending migrations, like `prisma migrate deploy`, then the job queue's own (graphile
 * worker keeps its tables in the graphile_worker schema and migrates them itself; idempotent).
 * Returns the names of ours applied.
 */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const applied = await withEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrations(), filters: noFilters });
    return result.appliedMigrationNames;
  });
  await migrateJobQueue(databaseUrl);
  return applied;
}

/**
 * Writes a migration for the difference between the migrations and schema.prisma, like
 * `prisma migrate dev --create-only`. Returns the new directory, or null when nothing changed.
 * (The WASM engine's own createMigration cannot open a shadow database; diff can.)
 */
export async function createMigration(databaseUrl: string, name: string): Promise<string | null> {
  ensureLockfile();
  const sql = await diffMigrationsAgainstSchema(databaseUrl);
  if (!sql) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || "migration";
  const dir = path.join(migrationsDir, `${stamp}_${slug}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
  return dir;
}

function ensureLockfile() {
  const lockPath = path.join(migrationsDir, lockfileName);
  if (existsSync(lockPath)) return;
  mkdirSync(migrationsDir, { recursive: true });
  writeFileSync(
    lockPath,
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
}

/**
 * SQL that would bring a database built from the migrations up to schema.prisma; empty when
 * they agree. Replays the migrations in a throwaway shadow database on the same server.
 */
export async function diffMigrationsAgainstSchema(databaseUrl: string): Promise<string> {
  const schema = readFileSync(schemaPath, "utf8");
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...readMigrations() },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return (result.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  });
}

/** Drops everything in the database, like `prisma migrate reset` before it re-applies. */
export async function resetDatabase(databaseUrl: string): Promise<void> {
  await withEngine(databaseUrl, (engine) => engine.reset({ filter: noFilters }));
}
