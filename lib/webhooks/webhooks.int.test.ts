import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { db } from "@/lib/db/client";
import { runJobs, type JobRunner } from "@/lib/jobs/run-jobs";
import { expectAppError } from "@/tests/support/app-error";
import { verifiedClaim } from "@/tests/support/claim-factory";
import { makeUser } from "@/tests/support/factories";
import { startReceiver } from "@/tests/support/receiver";
import { deliverWebhook } from "./deliver-webhook";
import { emitWebhookEvent } from "./emit-webhook-event";
import { requeueStalledDeliveries } from "./requeue-stalled";
import { createWebhook, listDeliveries, redeliverWebhook, updateWebhook } from "./manage-webhooks";
import { verifySignature } from "./signature";

const jobsFor = async (deliveryId: string) => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = ${deliveryId}`)[0].n;

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("webhooks", () => {
  const env = { ...process.env };
  let runner: JobRunner | null = null;
  beforeEach(() => {
    process.env.WEBHOOK_ALLOW_PRIVATE = "true";
    process.env.WEBHOOK_RETRY_BASE_MS = "200";
    process.env.WEBHOOK_TIMEOUT_MS = "500";
  });
  afterEach(async () => {
    await runner?.stop();
    runner = null;
    // Our endpoints stop receiving: later tests in this file see only their own.
    await db.webhookEndpoint.updateMany({ data: { active: false } });
    process.env = { ...env };
  });

  it("queues nothing for a change that rolls back, and one delivery with its job for one that commits", async () => {
    const admin = await makeUser("ADMIN");
    const { endpoint } = await createWebhook({ actor: admin, input: { url: "https://hooks.example/a", events: ["article.imported"] } });
    await expect(
      db.$transaction(async (tx) => {
        await emitWebhookEvent(tx, "article.imported", { article: { id: "rolled-back" } });
        throw new Error("the change fails after the event");
      }),
    ).rejects.toThrow("the change fails");
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(0);
    expect((await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs`)[0].n).toBe(0);

    await db.$transaction((tx) => emitWebhookEvent(tx, "article.imported", { article: { id: "committed" } }));
    const [delivery] = await db.webhookDelivery.findMany({ where: { endpointId: endpoint.id } });
    expect(delivery).toMatchObject({ event: "article.imported", status: "PENDING", attempts: 0 });
    expect(await jobsFor(delivery.id)).toBe(1);
  });

  it("delivers a verified claim signed, retrying a receiver that fails twice, with one idempotency key", async () => {
    const receiver = await startReceiver([500, 503, 200]);
    try {
      const admin = await makeUser("ADMIN");
      const { endpoint, secret } = await createWebhook({ actor: admin, input: { url: receiver.url, events: ["claim.verified", "claim.reopened"] } });
      runner = await runJobs(2);
      const { claim, editor } = await verifiedClaim();
      const delivery = await until(
        () => db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id, event: "claim.verified" } }),
        (d) => d.status !== "PENDING",
      );
      expect(delivery).toMatchObject({ status: "DELIVERED", attempts: 3, lastStatus: 200, lastError: null });
      expect(receiver.received).toHaveLength(3);
      const keys = new Set(receiver.received.map((r) => r.headers["idempotency-key"]));
      expect([...keys]).toEqual([delivery.eventId]);
      for (const request of receiver.received) {
        expect(verifySignature(secret, request.body, String(request.headers["factcheck-signature"]))).toBe(true);
        expect(request.headers["factcheck-event"]).toBe("claim.verified");
      }
      const payload = JSON.parse(receiver.received[2].body);
      expect(payload).toMatchObject({
        id: delivery.eventId,
        type: "claim.verified",
        data: { claim: { id: claim.id, status: "VERIFIED", verdict: { label: "Mostly false" }, verifiedBy: { id: editor.id }, verification: { hash: claim.verification!.hash } } },
      });

      // Reopening is announced too.
      await changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: claim.version, status: "IN_REVIEW", reason: "New figures" } });
      const reopened = await until(
        () => db.webhookDelivery.findFirst({ where: { endpointId: endpoint.id, event: "claim.reopened" } }),
        (d) => d?.status === "DELIVERED",
      );
      expect(reopened?.status).toBe("DELIVERED");
      expect(JSON.parse(receiver.received.at(-1)!.body)).toMatchObject({ type: "claim.reopened", data: { reason: "New figures", claim: { id: claim.id } } });
      const log = await listDeliveries({ actor: admin, webhookId: endpoint.id, query: {} });
      expect(log.deliveries.map((d) => d.event)).toEqual(["claim.reopened", "claim.verified"]);
    } finally {
      await receiver.close();
    }
  });

  it("never posts to a private address unless allowed, and records why", async () => {
    delete process.env.WEBHOOK_ALLOW_PRIVATE;
    const receiver = await startReceiver([200]);
    try {
      const admin = await makeUser("ADMIN");
      const { endpoint } = await createWebhook({ actor: admin, input: { url: receiver.url.replace("127.0.0.1", "localhost"), events: ["article.imported"] } });
      await db.$transaction((tx) => emitWebhookEvent(tx, "article.imported", { article: { id: "a1" } }));
      const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
      await deliverWebhook({ deliveryId: delivery.id });
      const after = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
      expect(after).toMatchObject({ status: "PENDING", attempts: 1, lastStatus: null });
      expect(after.lastError).toMatch(/not a public address/);
      expect(receiver.received).toHaveLength(0);
      // A literal private IP is refused without a lookup.
      await updateWebhook({ actor: admin, webhookId: endpoint.id, input: { url: "http://169.254.169.254/latest/meta-data" } });
      await deliverWebhook({ deliveryId: delivery.id });
      expect((await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).lastError).toMatch(/169\.254\.169\.254 is not a public address/);
    } finally {
      await receiver.close();
    }
  });

  it("does not follow redirects, gives up a slow receiver, stops after the retry window, and redelivers on request", async () => {
    const receiver = await startReceiver([{ redirect: "http://127.0.0.1:1/elsewhere" }, "hang", 500, 200]);
    try {
      const admin = await makeUser("ADMIN");
      const { endpoint } = await createWebhook({ actor: admin, input: { url: receiver.url, events: ["article.imported"] } });
      await db.$transaction((tx) => emitWebhookEvent(tx, "article.imported", { article: { id: "a2" } }));
      const { id } = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
      await deliverWebhook({ deliveryId: id });
      expect((await db.webhookDelivery.findUniqueOrThrow({ where: { id } })).lastError).toBe("Redirect (302) not followed");
      await deliverWebhook({ deliveryId: id });
      expect((await db.webhookDelivery.findUniqueOrThrow({ where: { id } })).lastError).toMatch(/No answer within 500 ms/);
      // Past its window, a failure is final.
      await db.webhookDelivery.update({ where: { id }, data: { retryUntil: new Date() } });
      await deliverWebhook({ deliveryId: id });
      const failed = await db.webhookDelivery.findUniqueOrThrow({ where: { id } });
      expect(failed).toMatchObject({ status: "FAILED", attempts: 3, lastStatus: 500, nextAttemptAt: null });

      const redelivered = await redeliverWebhook({ actor: admin, webhookId: endpoint.id, deliveryId: id });
      expect(redelivered.status).toBe("PENDING");
      expect(await jobsFor(id)).toBe(1);
      await deliverWebhook({ deliveryId: id });
      expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DELIVERED", attempts: 4, lastStatus: 200 });
    } finally {
      await receiver.close();
    }
  });

  it("gives an overdue delivery whose job was lost a fresh job, without doubling a waiting one", async () => {
    const admin = await makeUser("ADMIN");
    const { endpoint } = await createWebhook({ actor: admin, input: { url: "https://hooks.example/c", events: ["article.imported"] } });
    await db.$transaction((tx) => emitWebhookEvent(tx, "article.imported", { article: { id: "lost" } }));
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(await requeueStalledDeliveries()).toBe(0); // not overdue yet
    await db.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ${delivery.id}`;
    await db.webhookDelivery.update({ where: { id: delivery.id }, data: { nextAttemptAt: new Date(Date.now() - 5 * 60_000) } });
    expect(await requeueStalledDeliveries()).toBe(1);
    expect(await requeueStalledDeliveries()).toBe(1);
    expect(await jobsFor(delivery.id)).toBe(1);
  });

  it("holds deliveries while an endpoint is paused, queues them again when it resumes, and records no events meanwhile; only admins manage webhooks", async () => {
    const [admin, editor] = await Promise.all([makeUser("ADMIN"), makeUser("EDITOR")]);
    const { endpoint } = await createWebhook({ actor: admin, input: { url: "https://hooks.example/b", events: ["article.revised"] } });
    await db.$transaction((tx) => emitWebhookEvent(tx, "article.revised", { article: { id: "before" } }));
    const waiting = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    await updateWebhook({ actor: admin, webhookId: endpoint.id, input: { active: false } });
    await deliverWebhook({ deliveryId: waiting.id });
    expect((await db.webhookDelivery.findUniqueOrThrow({ where: { id: waiting.id } })).attempts).toBe(0);
    await db.$transaction((tx) => emitWebhookEvent(tx, "article.revised", { article: { id: "while paused" } }));
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(1);
    await db.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ${waiting.id}`;
    await updateWebhook({ actor: admin, webhookId: endpoint.id, input: { active: true } });
    expect(await jobsFor(waiting.id)).toBe(1);

    const fields = await expectAppError(createWebhook({ actor: admin, input: { url: "ftp://example.org", events: [] } }));
    expect(Object.keys(fields.fields ?? {}).sort()).toEqual(["events", "url"]);
    expect((await expectAppError(createWebhook({ actor: editor, input: { url: "https://hooks.example/c", events: ["claim.verified"] } }))).code).toBe("forbidden");
    expect((await expectAppError(listDeliveries({ actor: editor, webhookId: endpoint.id, query: {} }))).code).toBe("forbidden");
  });
});
