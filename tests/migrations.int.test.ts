import pg from "pg";
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { diffMigrationsAgainstSchema, migrationsDir } from "@/scripts/lib/schema-engine";

describe("migrations", () => {
  it("match schema.prisma exactly (run `npm run db:migration -- <name>` after a schema change)", async () => {
    const drift = await diffMigrationsAgainstSchema(process.env.DATABASE_URL!);
    expect(drift, `schema.prisma and prisma/migrations disagree:\n${drift}`).toBe("");
  });

  it("are recorded in _prisma_migrations as prisma migrate deploy records them", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`,
      );
      const onDisk = readdirSync(migrationsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
      expect(rows.map((row) => row.migration_name)).toEqual(onDisk);
      for (const row of rows) {
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(row.finished_at).not.toBeNull();
        expect(row.rolled_back_at).toBeNull();
      }
    } finally {
      await client.end();
    }
  });
});
