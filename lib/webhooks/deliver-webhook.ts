import { config } from "@/lib/config";
import { db } from "@/lib/db/client";
import { enqueueJob } from "@/lib/jobs/job-queue";
import { log } from "@/lib/log";
import { safeRequest } from "@/lib/outbound/safe-request";
import { deliverWebhookTask } from "./emit-webhook-event";
import { signatureHeader } from "./signature";

/** 30 s, 1 min, 2 min, … doubling up to an hour between attempts (WEBHOOK_RETRY_BASE_MS sets the first). */
export function retryDelayMs(attempt: number, baseMs = config().WEBHOOK_RETRY_BASE_MS): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), 60 * 60 * 1000);
}

type Outcome = { delivered: boolean; status: number | null; error: string | null };

async function post(url: string, headers: Record<string, string>, body: string): Promise<Outcome> {
  try {
    const { timeoutMs, allowPrivate } = { timeoutMs: config().WEBHOOK_TIMEOUT_MS, allowPrivate: config().WEBHOOK_ALLOW_PRIVATE };
    const response = await safeRequest(url, { method: "POST", headers, body, timeoutMs, maxBytes: 16 * 1024, allowPrivate });
    if (response.status >= 200 && response.status < 300) return { delivered: true, status: response.status, error: null };
    const error = response.status >= 300 && response.status < 400 ? `Redirect (${response.status}) not followed` : `Receiver answered ${response.status}`;
    return { delivered: false, status: response.status, error };
  } catch (error) {
    return { delivered: false, status: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The job: one attempt at one delivery. The result and, on failure, the next attempt's job
 * are written in one transaction. If the database fails after the receiver said yes, the job
 * fails and runs again: the receiver sees the same Idempotency-Key and can ignore the repeat.
 */
export async function deliverWebhook({ deliveryId }: { deliveryId: string }): Promise<void> {
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { id: true, eventId: true, event: true, payload: true, status: true, attempts: true, retryUntil: true, endpoint: { select: { url: true, secret: true, active: true } } },
  });
  // Done already, or paused: resuming the endpoint queues its pending deliveries again.
  if (!delivery || delivery.status !== "PENDING" || !delivery.endpoint.active) return;

  const body = JSON.stringify(delivery.payload);
  const outcome = await post(
    delivery.endpoint.url,
    {
      "Content-Type": "application/json",
      "User-Agent": "Factcheck-Webhooks/1",
      "Factcheck-Event": delivery.event,
      "Factcheck-Delivery": delivery.id,
      "Idempotency-Key": delivery.eventId,
      "Factcheck-Signature": signatureHeader(delivery.endpoint.secret, body),
    },
    body,
  );
  const attempt = delivery.attempts + 1;
  const now = new Date();
  const nextAt = new Date(now.getTime() + retryDelayMs(attempt));
  const giveUp = !outcome.delivered && nextAt > delivery.retryUntil;
  await db.$transaction(async (tx) => {
    await tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: {
        attempts: attempt,
        lastStatus: outcome.status,
        lastError: outcome.error?.slice(0, 500) ?? null,
        lastAttemptAt: now,
        status: outcome.delivered ? "DELIVERED" : giveUp ? "FAILED" : "PENDING",
        deliveredAt: outcome.delivered ? now : null,
        nextAttemptAt: outcome.delivered || giveUp ? null : nextAt,
      },
    });
    if (!outcome.delivered && !giveUp) await enqueueJob(tx, deliverWebhookTask, { deliveryId: delivery.id }, { jobKey: delivery.id, runAt: nextAt });
  });
  log.info({ event: "webhook_delivery", deliveryId, attempt, delivered: outcome.delivered, status: outcome.status, error: outcome.error, gaveUp: giveUp }, "webhook delivery");
}
