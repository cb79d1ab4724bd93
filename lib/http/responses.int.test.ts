import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { makeUser } from "@/tests/support/factories";
import { errorResponse } from "./responses";

const refusal = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected the database to refuse"); }, (e: unknown) => e);

describe("errorResponse, on what PostgreSQL really throws", () => {
  it("answers a unique index's refusal, from the query builder and from raw SQL, with 409", async () => {
    vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const user = await makeUser("REVIEWER");
    const twice = await refusal(db.user.create({ data: { email: user.email, name: "Twin", role: "REVIEWER", passwordHash: "x" } }));
    const raw = await refusal(db.$executeRaw`INSERT INTO "User" ("id", "email", "name", "role", "passwordHash", "updatedAt") VALUES ('twin', ${user.email}, 'Twin', 'REVIEWER', 'x', now())`);
    for (const error of [twice, raw]) {
      const response = errorResponse(error);
      expect(response.status).toBe(409);
      expect((await response.json()).error).toMatchObject({ code: "conflict", message: expect.stringMatching(/at the same moment/) });
    }
  });

  it("answers the loser of a deadlock with 409", async () => {
    vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const [a, b] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    let bothLocked!: () => void;
    let count = 0;
    const barrier = new Promise<void>((resolve) => (bothLocked = resolve));
    const lockInOrder = (first: string, second: string) =>
      db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${first} FOR UPDATE`;
        if (++count === 2) bothLocked();
        await barrier;
        await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${second} FOR UPDATE`;
      });
    const outcomes = await Promise.allSettled([lockInOrder(a.id, b.id), lockInOrder(b.id, a.id)]);
    const lost = outcomes.filter((o) => o.status === "rejected");
    expect(lost).toHaveLength(1);
    expect(errorResponse((lost[0] as PromiseRejectedResult).reason).status).toBe(409);
  });

  it("answers a value PostgreSQL cannot store with 422", async () => {
    const error = await refusal(db.$queryRaw`SELECT ${"12x"}::int`);
    expect(errorResponse(error).status).toBe(422);
  });
});
