/**
 * Webhooks: deliveries per second from the job queue to a receiver on loopback, against the
 * same POSTs sent straight from Node at the same concurrency; and what announcing a
 * verification costs the verification itself (delivery rows and jobs in its transaction).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { insertTrustedArticle } from "../lib/articles/insert-article";
import { changeClaimStatus } from "../lib/claims/change-claim-status";
import { createClaim } from "../lib/claims/create-claim";
import { addSource } from "../lib/claims/sources";
import { updateClaim } from "../lib/claims/update-claim";
import { db } from "../lib/db/client";
import { runJobs } from "../lib/jobs/run-jobs";
import { log } from "../lib/log";
import { emitWebhookEvent } from "../lib/webhooks/emit-webhook-event";
import { createWebhook, updateWebhook } from "../lib/webhooks/manage-webhooks";
import { benchUser, median, timed } from "./support/environment";

const concurrency = 8;

async function startReceiver() {
  let received = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      received++;
      res.writeHead(200).end("ok");
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received: () => received, close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

/** The floor: the same bodies POSTed straight from Node, `concurrency` at a time. */
async function rawPosts(url: string, bodies: string[]) {
  let next = 0;
  const agent = new http.Agent({ keepAlive: false });
  const send = (body: string) =>
    new Promise<void>((resolve, reject) => {
      const request = http.request(url, { method: "POST", agent, headers: { "Content-Type": "application/json" } }, (response) => {
        response.resume();
        response.on("end", () => resolve());
      });
      request.on("error", reject);
      request.end(body);
    });
  const worker = async () => {
    while (next < bodies.length) await send(bodies[next++]);
  };
  const [ms] = await timed(() => Promise.all(Array.from({ length: concurrency }, worker)));
  return ms;
}

async function verifyOne(reviewer: { id: string; email: string; name: string; role: "REVIEWER" }, editor: { id: string; email: string; name: string; role: "EDITOR" }, article: { id: string }, exact: string) {
  const claim = await createClaim({ actor: reviewer, articleId: article.id, input: { exact } });
  await updateClaim({ actor: reviewer, claimId: claim.id, input: { version: 1, changes: { verdictId: "verdict_true", rationale: "Checked against the budget." } } });
  const withSource = await addSource({ actor: reviewer, claimId: claim.id, input: { url: "https://example.org/budget", title: "Budget" } });
  const inReview = await changeClaimStatus({ actor: reviewer, claimId: claim.id, input: { version: withSource.version, status: "IN_REVIEW" } });
  const [ms] = await timed(() => changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: inReview.version, status: "VERIFIED" } }));
  return ms;
}

export async function benchWebhooks(deliveries = 1000, verifications = 40) {
  process.env.WEBHOOK_ALLOW_PRIVATE = "true";
  const level = log.level;
  log.level = "warn"; // a line per delivery would drown the figures
  const receiver = await startReceiver();
  const [admin, reviewer, editor] = await Promise.all([benchUser("ADMIN"), benchUser("REVIEWER"), benchUser("EDITOR")]);
  try {
    // Enqueue overhead: verifications with no endpoint, then with three endpoints listening.
    const sentences = Array.from({ length: verifications * 2 }, (_, i) => `Sentence number ${i} says fares rose ${i}%.`);
    const article = await db.$transaction((tx) => insertTrustedArticle(tx, { actorId: admin.id, input: { title: "Webhook benchmark", html: sentences.map((s) => `<p>${s}</p>`).join("") } }));
    const actors = { reviewer: { ...reviewer, role: "REVIEWER" as const }, editor: { ...editor, role: "EDITOR" as const } };
    const without: number[] = [];
    for (const sentence of sentences.slice(0, verifications)) without.push(await verifyOne(actors.reviewer, actors.editor, article, sentence));
    const endpoints = [];
    for (let i = 0; i < 3; i++) endpoints.push((await createWebhook({ actor: admin, input: { url: `${receiver.url}/${i}`, events: ["claim.verified"] } })).endpoint);
    for (const endpoint of endpoints) await updateWebhook({ actor: admin, webhookId: endpoint.id, input: { active: false } }); // queued, not sent, during the timing
    for (const endpoint of endpoints) await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { active: true } });
    const withHooks: number[] = [];
    for (const sentence of sentences.slice(verifications)) withHooks.push(await verifyOne(actors.reviewer, actors.editor, article, sentence));
    await db.webhookEndpoint.updateMany({ data: { active: false } });
    await db.webhookDelivery.deleteMany({});
    await db.$executeRaw`DELETE FROM graphile_worker._private_jobs`;

    // Throughput: `deliveries` events queued for one endpoint, then the workers let loose.
    const { endpoint } = await createWebhook({ actor: admin, input: { url: receiver.url, events: ["article.imported"] } });
    for (let i = 0; i < deliveries; i += 100) {
      await db.$transaction(async (tx) => {
        for (let j = i; j < Math.min(deliveries, i + 100); j++) await emitWebhookEvent(tx, "article.imported", { article: { id: `bench-${j}`, title: `Article ${j}` } });
      });
    }
    const before = receiver.received();
    const started = performance.now();
    const runner = await runJobs(concurrency);
    let delivered = 0;
    while (delivered < deliveries) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      delivered = await db.webhookDelivery.count({ where: { endpointId: endpoint.id, status: "DELIVERED" } });
      if (performance.now() - started > 300_000) break;
    }
    const queueMs = performance.now() - started;
    await runner?.stop();
    const receivedByReceiver = receiver.received() - before;
    const bodies = (await db.webhookDelivery.findMany({ where: { endpointId: endpoint.id }, select: { payload: true } })).map((d) => JSON.stringify(d.payload));
    const rawMs = await rawPosts(receiver.url, bodies);
    return {
      deliveries,
      delivered,
      receivedByReceiver,
      concurrency,
      queuePerSecond: delivered / (queueMs / 1000),
      rawPerSecond: bodies.length / (rawMs / 1000),
      verifyMedianMs: median(without),
      verifyWithThreeEndpointsMedianMs: median(withHooks),
    };
  } finally {
    delete process.env.WEBHOOK_ALLOW_PRIVATE;
    log.level = level;
    await receiver.close();
  }
}
