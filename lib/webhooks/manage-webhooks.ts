import { randomBytes } from "node:crypto";
import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/job-queue";
import { parseWith } from "@/lib/validation";
import { deliverWebhookTask, retryWindowMs } from "./emit-webhook-event";
import { createWebhookSchema, deliveryListQuerySchema, updateWebhookSchema, webhookDeliverySelect, webhookEndpointSelect } from "./schema";
import type { WebhookEvent } from "./events";

export async function listWebhooks({ actor }: { actor: Actor }) {
  assertCan(actor, "webhook.manage");
  const endpoints = await db.webhookEndpoint.findMany({ orderBy: { createdAt: "desc" }, select: webhookEndpointSelect });
  const counts = await db.webhookDelivery.groupBy({ by: ["endpointId", "status"], where: { endpointId: { in: endpoints.map((e) => e.id) } }, _count: { _all: true } });
  return endpoints.map((endpoint) => ({
    ...endpoint,
    events: endpoint.events as WebhookEvent[],
    deliveries: Object.fromEntries(["PENDING", "DELIVERED", "FAILED"].map((status) => [status, counts.find((c) => c.endpointId === endpoint.id && c.status === status)?._count._all ?? 0])) as Record<"PENDING" | "DELIVERED" | "FAILED", number>,
  }));
}
export type WebhookEndpointDto = Awaited<ReturnType<typeof listWebhooks>>[number];

/** Registers an endpoint; the response carries its signing secret, the only time it is shown. */
export async function createWebhook({ actor, input }: { actor: Actor; input: unknown }) {
  assertCan(actor, "webhook.manage");
  const data = parseWith(createWebhookSchema, input);
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({ data: { ...data, secret, createdById: actor.id }, select: webhookEndpointSelect });
    await recordAuditEvent(tx, { actorId: actor.id, action: "webhook.create", targetType: "webhook", targetId: endpoint.id, data: { url: endpoint.url, events: endpoint.events } });
    return { endpoint: { ...endpoint, events: endpoint.events as WebhookEvent[] }, secret };
  });
}

/** Changes the address or events, or pauses and resumes; resuming queues what waited meanwhile. */
export async function updateWebhook({ actor, webhookId, input }: { actor: Actor; webhookId: string; input: unknown }) {
  assertCan(actor, "webhook.manage");
  const changes = parseWith(updateWebhookSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({ where: { id: webhookId }, select: webhookEndpointSelect });
    if (!before) throw notFound("No such webhook");
    const endpoint = await tx.webhookEndpoint.update({ where: { id: webhookId }, data: changes, select: webhookEndpointSelect });
    if (!before.active && endpoint.active) {
      const waiting = await tx.webhookDelivery.findMany({ where: { endpointId: webhookId, status: "PENDING" }, select: { id: true } });
      for (const { id } of waiting) await enqueueJob(tx, deliverWebhookTask, { deliveryId: id }, { jobKey: id });
    }
    await recordAuditEvent(tx, { actorId: actor.id, action: "webhook.update", targetType: "webhook", targetId: webhookId, data: { changes } });
    return { ...endpoint, events: endpoint.events as WebhookEvent[] };
  });
}

/** The delivery log of one endpoint, newest first. */
export async function listDeliveries({ actor, webhookId, query }: { actor: Actor; webhookId: string; query: unknown }) {
  assertCan(actor, "webhook.manage");
  const { limit } = parseWith(deliveryListQuerySchema, query);
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id: webhookId }, select: webhookEndpointSelect });
  if (!endpoint) throw notFound("No such webhook");
  const deliveries = await db.webhookDelivery.findMany({ where: { endpointId: webhookId }, orderBy: { createdAt: "desc" }, take: limit, select: webhookDeliverySelect });
  return { endpoint: { ...endpoint, events: endpoint.events as WebhookEvent[] }, deliveries };
}
export type WebhookDeliveryDto = Awaited<ReturnType<typeof listDeliveries>>["deliveries"][number];

/** Sends a delivery again (same payload and Idempotency-Key), with a fresh 24 hours of retries. */
export async function redeliverWebhook({ actor, webhookId, deliveryId }: { actor: Actor; webhookId: string; deliveryId: string }) {
  assertCan(actor, "webhook.manage");
  return db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findFirst({ where: { id: deliveryId, endpointId: webhookId }, select: { id: true } });
    if (!delivery) throw notFound("No such delivery");
    const now = new Date();
    const updated = await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: "PENDING", nextAttemptAt: now, retryUntil: new Date(now.getTime() + retryWindowMs), deliveredAt: null },
      select: webhookDeliverySelect,
    });
    await enqueueJob(tx, deliverWebhookTask, { deliveryId }, { jobKey: deliveryId });
    await recordAuditEvent(tx, { actorId: actor.id, action: "webhook.redeliver", targetType: "webhook", targetId: webhookId, data: { deliveryId } });
    return updated;
  });
}
