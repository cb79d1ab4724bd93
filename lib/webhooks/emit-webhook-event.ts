import { randomUUID } from "node:crypto";
import type { DbTransaction } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueJob } from "@/lib/jobs/job-queue";
import type { WebhookEvent, WebhookPayload } from "./events";

export const retryWindowMs = 24 * 60 * 60 * 1000;
export const deliverWebhookTask = "deliver_webhook";

/**
 * Announces an event to every active endpoint that wants it, inside the transaction of the
 * change: a delivery row and its job per endpoint. Rolled back with the change, or committed
 * with it; never sent for a change that did not happen, never lost for one that did.
 */
export async function emitWebhookEvent(tx: DbTransaction, type: WebhookEvent, data: Record<string, unknown>): Promise<void> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { active: true, events: { has: type } }, select: { id: true } });
  if (endpoints.length === 0) return;
  const now = new Date();
  const payload: WebhookPayload = { id: `evt_${randomUUID()}`, type, createdAt: now.toISOString(), data };
  for (const endpoint of endpoints) {
    const delivery = await tx.webhookDelivery.create({
      data: { endpointId: endpoint.id, eventId: payload.id, event: type, payload: payload as unknown as Prisma.InputJsonValue, nextAttemptAt: now, retryUntil: new Date(now.getTime() + retryWindowMs) },
      select: { id: true },
    });
    await enqueueJob(tx, deliverWebhookTask, { deliveryId: delivery.id }, { jobKey: delivery.id });
  }
}
