import { config } from "@/lib/config";
import { db } from "@/lib/db/client";
import { enqueueJob } from "@/lib/jobs/job-queue";
import { deliverWebhookTask } from "./emit-webhook-event";

/**
 * The queue's own safety net has one gap: a job whose worker lost the database mid-attempt
 * stays locked for hours. Every minute (the queue's cron), a pending delivery whose attempt is
 * well overdue gets a fresh job; its key replaces any waiting job, so none is doubled.
 */
export async function requeueStalledDeliveries(): Promise<number> {
  const overdue = new Date(Date.now() - (2 * config().WEBHOOK_TIMEOUT_MS + 30_000));
  return db.$transaction(async (tx) => {
    const stalled = await tx.webhookDelivery.findMany({
      where: { status: "PENDING", nextAttemptAt: { lt: overdue }, endpoint: { active: true } },
      select: { id: true },
      take: 1000,
    });
    for (const { id } of stalled) await enqueueJob(tx, deliverWebhookTask, { deliveryId: id }, { jobKey: id });
    return stalled.length;
  });
}
