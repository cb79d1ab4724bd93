import { expect } from "vitest";
import { db, type DbTransaction } from "@/lib/db/client";

/**
 * Runs `work` in a transaction that stays open, its locks held, until `commit` is called: a
 * concurrent writer caught between its first lock and its commit, for tests of what waits
 * behind it.
 */
export async function holdTransaction<T>(work: (tx: DbTransaction) => Promise<T>) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held!: (value: T) => void;
  const holding = new Promise<T>((resolve) => (held = resolve));
  const committed = db.$transaction(
    async (tx) => {
      const value = await work(tx);
      held(value);
      await released;
      return value;
    },
    { timeout: 30_000 },
  );
  const value = await Promise.race([holding, committed]);
  return { value, commit: () => (release(), committed) };
}

/** Resolves once some session of the test database is waiting for a row lock. */
export async function untilSomeoneWaitsForALock() {
  await expect
    .poll(async () => {
      const [{ waiting }] = await db.$queryRaw<{ waiting: number }[]>`
        SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE "wait_event_type" = 'Lock' AND "datname" = current_database()`;
      return waiting;
    }, { timeout: 10_000 })
    .toBeGreaterThan(0);
}
