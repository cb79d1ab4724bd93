import type { Runner } from "graphile-worker";
import { config } from "@/lib/config";
import { deliverWebhook } from "@/lib/webhooks/deliver-webhook";
import { deliverWebhookTask } from "@/lib/webhooks/emit-webhook-event";
import { startJobWorker } from "./job-queue";

/** Every kind of job and what runs it. Payloads come from our own SQL, but are checked anyway. */
const taskList = {
  [deliverWebhookTask]: async (payload: unknown) => {
    const deliveryId = (payload as { deliveryId?: unknown } | null)?.deliveryId;
    if (typeof deliveryId !== "string") throw new Error("deliver_webhook needs a deliveryId");
    await deliverWebhook({ deliveryId });
  },
};

/** Runs jobs in this process (`npm start` does unless JOB_CONCURRENCY=0; `npm run worker` does nothing else). */
export async function runJobs(concurrency = config().JOB_CONCURRENCY): Promise<Runner | null> {
  const connectionString = config().DATABASE_URL;
  if (concurrency === 0 || !connectionString) return null;
  return startJobWorker({ connectionString, taskList, concurrency });
}
