import type { Runner } from "graphile-worker";
import { config } from "@/lib/config";
import { log } from "@/lib/log";
import { deliverWebhook } from "@/lib/webhooks/deliver-webhook";
import { deliverWebhookTask } from "@/lib/webhooks/emit-webhook-event";
import { requeueStalledDeliveries } from "@/lib/webhooks/requeue-stalled";
import { archiveSource, archiveSourceTask } from "@/lib/snapshots/archive-source";
import { pruneDeskEvents } from "@/lib/live/desk-events";
import { prunePresence } from "@/lib/live/presence";
import { scoreRevision, scoreRevisionTask } from "@/lib/claim-hints/score-revision";
import { startJobWorker } from "./job-queue";

const requeueTask = "requeue_stalled_deliveries";
const pruneTask = "prune_desk_events";

function idIn(payload: unknown, key: string): string {
  const value = (payload as Record<string, unknown> | null)?.[key];
  if (typeof value !== "string") throw new Error(`The job's payload has no ${key}`);
  return value;
}

/** Every kind of job and what runs it (webhook deliveries, source archiving, hint scoring; on the queue's cron the stalled-delivery sweep every minute and pruning of live-update events daily). Payloads come from our own SQL, but are checked anyway. */
const taskList = {
  [deliverWebhookTask]: (payload: unknown) => deliverWebhook({ deliveryId: idIn(payload, "deliveryId") }),
  [archiveSourceTask]: (payload: unknown) => archiveSource({ sourceId: idIn(payload, "sourceId") }),
  [scoreRevisionTask]: (payload: unknown) => scoreRevision({ revisionId: idIn(payload, "revisionId") }),
  [pruneTask]: async () => {
    const pruned = await pruneDeskEvents();
    const presence = await prunePresence();
    log.info({ event: "desk_events_pruned", pruned, presence }, "old live-update events and presence rows pruned");
  },
  [requeueTask]: async () => {
    const requeued = await requeueStalledDeliveries();
    if (requeued > 0) log.warn({ event: "webhook_requeued", requeued }, "stalled webhook deliveries queued again");
  },
};

export type JobRunner = { stop: () => Promise<void> };

/**
 * Runs jobs in this process (`npm start` does unless JOB_CONCURRENCY=0; `npm run worker` does
 * nothing else), and keeps them running: when the database goes away the queue's workers stop,
 * so they are started again, every 5 s until the database answers.
 */
export async function runJobs(concurrency = config().JOB_CONCURRENCY): Promise<JobRunner | null> {
  const connectionString = config().DATABASE_URL;
  if (concurrency === 0 || !connectionString) return null;
  let current: Runner | null = null;
  let stopped = false;
  let restart: NodeJS.Timeout | undefined;
  const again = () => {
    if (!stopped) restart = setTimeout(() => void start(), 5000);
  };
  const start = async () => {
    try {
      const runner = await startJobWorker({ connectionString, taskList, concurrency, crontab: `* * * * * ${requeueTask}\n0 4 * * * ${pruneTask}` });
      current = runner;
      runner.promise
        .catch((error: unknown) => log.error({ err: error, component: "job-queue" }, "job workers stopped; starting again"))
        .finally(() => {
          if (current === runner) current = null;
          void runner.stop().catch(() => {});
          again();
        });
    } catch (error) {
      log.warn({ err: error, component: "job-queue" }, "job workers could not start; retrying");
      again();
    }
  };
  await start();
  return {
    async stop() {
      stopped = true;
      clearTimeout(restart);
      await current?.stop();
    },
  };
}
