import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import { db, disconnectDb } from "../../lib/db/client";
import { createMigratedDatabase, dropDatabase, startTestServer, uniqueDatabaseName } from "../../tests/support/test-database";

/** A throwaway database on a throwaway (or TEST_DATABASE_URL) server, never the app's. */
export async function benchDatabase() {
  const server = await startTestServer();
  const name = uniqueDatabaseName("factcheck_bench");
  const url = await createMigratedDatabase(server.adminUrl, name);
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  return {
    url,
    async close() {
      // Put DATABASE_URL back and forget the client: startTestServer would otherwise take the
      // dropped database's URL for an external server, and the next benchmark would crash on it.
      if (previousUrl === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previousUrl;
      await disconnectDb();
      await dropDatabase(server.adminUrl, name);
      await server.stop();
    },
  };
}

export async function benchUser(role: "ADMIN" | "EDITOR" | "REVIEWER") {
  const tag = randomBytes(3).toString("hex");
  const password = `bench password ${tag}`;
  const user = await db.user.create({
    data: { email: `bench-${role.toLowerCase()}-${tag}@bench.test`, name: `Bench ${role} ${tag}`, role, passwordHash: await hashPassword(password) },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password };
}

export function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function timed<T>(run: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

/**
 * Waits until the app's job queue has nothing due (hint scoring of the articles just seeded,
 * archiving): otherwise that background work shares the cores with what is being measured.
 */
export async function jobsDrained(timeoutMs = 600_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ due }] = await db.$queryRaw<{ due: number }[]>`SELECT count(*)::int AS due FROM graphile_worker.jobs WHERE run_at <= now() AND attempts < max_attempts`;
    if (due === 0) return;
    if (Date.now() > deadline) throw new Error(`${due} background jobs still due after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Resident memory of a process group (the app server, its processes and workers), in MB, from `ps`. */
export function groupRssMb(pgid: number): number {
  const rows = execFileSync("ps", ["-eo", "pgid=,rss="]).toString().trim().split("\n");
  const kb = rows.map((row) => row.trim().split(/\s+/).map(Number)).filter(([group]) => group === pgid);
  return kb.reduce((sum, [, rss]) => sum + rss, 0) / 1024;
}
