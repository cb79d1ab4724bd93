/**
 * The one job queue, kept in PostgreSQL by graphile-worker (its tables live in the
 * graphile_worker schema). Jobs are added with plain SQL inside the transaction of the change
 * that causes them, so a rolled-back change queues nothing and a committed one cannot lose its
 * job. Workers take jobs with SKIP LOCKED and hear of new ones through LISTEN/NOTIFY, so any
 * number of processes on any number of instances share the queue.
 */
import { Logger, run, runMigrations, type Runner, type TaskList } from "graphile-worker";
import type { DbTransaction } from "@/lib/db/client";
import { log } from "@/lib/log";

// Only plain fields of the queue's log metadata: some carry whole pg clients.
const plain = (meta: Record<string, unknown> = {}) =>
  Object.fromEntries(Object.entries(meta).filter(([, value]) => value === null || ["string", "number", "boolean"].includes(typeof value)));

const logger = new Logger((scope) => (level, message, meta) => {
  const fields = { component: "job-queue", ...plain(scope as Record<string, unknown>), ...plain(meta) };
  if (level === "error") log.error(fields, message);
  else if (level === "warning") log.warn(fields, message);
  else log.debug(fields, message);
});

/** Creates or upgrades the queue's tables; run with our migrations (scripts/lib/schema-engine.ts). */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger });
}

/**
 * Queues a job in the caller's transaction. `jobKey` makes it replace a pending job with the
 * same key instead of adding a second one. Attempts beyond our own retry schedule are the
 * queue's safety net for crashes and database outages mid-job.
 */
export async function enqueueJob(tx: DbTransaction, task: string, payload: Record<string, unknown>, options: { jobKey?: string; runAt?: Date } = {}) {
  await tx.$executeRaw`SELECT graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json, job_key := ${options.jobKey ?? null}, run_at := ${options.runAt ?? null}::timestamptz, max_attempts := 25)`;
}

/** Runs queued jobs in this process until stopped. Its own connections, outside Prisma's pool. */
export async function startJobWorker({ connectionString, taskList, concurrency, crontab }: { connectionString: string; taskList: TaskList; concurrency: number; crontab?: string }): Promise<Runner> {
  return run({ connectionString, taskList, concurrency, crontab, noHandleSignals: true, pollInterval: 2000, logger });
}
