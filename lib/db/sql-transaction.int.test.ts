import { describe, expect, it } from "vitest";
import { makeUser } from "@/tests/support/factories";
import { db, sqlTransaction } from "./client";
import { Prisma } from "./generated/client";

const rename = (id: string, name: string) => Prisma.sql`UPDATE "User" SET "name" = ${name} WHERE "id" = ${id} RETURNING "name"`;

describe("sqlTransaction", () => {
  it("commits what its work wrote, and returns what the work returned", async () => {
    const user = await makeUser("REVIEWER");
    const result = await sqlTransaction(async (sql) => (await sql<{ name: string }>(rename(user.id, "Committed")))[0].name);
    expect(result).toBe("Committed");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Committed");
  });

  it("rolls back everything its work wrote when the work throws", async () => {
    const user = await makeUser("REVIEWER");
    await expect(
      sqlTransaction(async (sql) => {
        await sql(rename(user.id, "Half written"));
        throw new Error("the change fails");
      }),
    ).rejects.toThrow("the change fails");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
  });

  it("reports a connection lost mid-transaction, writes nothing, and the pool goes on", async () => {
    const user = await makeUser("REVIEWER");
    const lost = sqlTransaction(async (sql) => {
      await sql(rename(user.id, "Lost"));
      const [{ pid }] = await sql<{ pid: number }>(Prisma.sql`SELECT pg_backend_pid() AS pid`);
      await db.$queryRaw`SELECT pg_terminate_backend(${pid})`;
      await sql(Prisma.sql`SELECT 1`);
    });
    await expect(lost).rejects.toThrow();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
    // Every connection of the pool is still good: as many transactions at once as it holds.
    const names = await Promise.all(Array.from({ length: 12 }, (_, i) => sqlTransaction(async (sql) => (await sql<{ n: number }>(Prisma.sql`SELECT ${i}::int AS n`))[0].n)));
    expect(names).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });
});
