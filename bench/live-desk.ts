/**
 * The live desk: fan-out latency from a commit to 100 browsers' streams spread over two app
 * instances, against a raw NOTIFY → LISTEN round trip in the same run; and how much 200 open
 * streams slow ordinary requests on one instance.
 */
import pg from "pg";
import { insertTrustedArticle } from "../lib/articles/insert-article";
import { db } from "../lib/db/client";
import { deskChannel } from "../lib/live/desk-events";
import { getThroughput } from "./load";
import { benchUser, median } from "./support/environment";
import { sessionCookie } from "./support/http-session";
import { openSse } from "./support/sse-client";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))];

export async function seedLiveDesk(baseUrl: string) {
  const editor = await benchUser("EDITOR");
  const article = await db.$transaction((tx) => insertTrustedArticle(tx, { actorId: editor.id, input: { title: "Live desk bench", html: "<p>Fares rose 12% in 2025.</p>" } }));
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, select: { id: true } });
  const claim = await db.claim.create({
    data: { articleId: article.id, revisionId: revision.id, quote: "Fares rose 12%", prefix: "", suffix: "", startOffset: 0, endOffset: 14, occurrence: 0, statement: "Fares rose 12%", createdById: editor.id },
    select: { id: true },
  });
  return { articleId: article.id, claimId: claim.id, cookie: await sessionCookie(baseUrl, editor.email, editor.password) };
}

/** One event committed as the app commits one (row and NOTIFY in one transaction); the time just before COMMIT. */
async function commitEvent(client: pg.Client, articleId: string) {
  await client.query("BEGIN");
  const { rows } = await client.query<{ id: string }>(`INSERT INTO "DeskEvent" ("articleId", "kind") VALUES ($1, 'claim.changed') RETURNING "id"::text AS id`, [articleId]);
  await client.query("SELECT pg_notify($1, $2)", [deskChannel, articleId]);
  const at = performance.now();
  await client.query("COMMIT");
  return { id: rows[0].id, at };
}

export async function benchFanOut(databaseUrl: string, instances: string[], cookie: string, articleId: string, { clients = 100, events = 40 } = {}) {
  const received = new Map<string, number[]>();
  const streams = Array.from({ length: clients }, (_, i) =>
    openSse(`${instances[i % instances.length]}/api/articles/${articleId}/events`, cookie, (id, at) => received.set(id, [...(received.get(id) ?? []), at])),
  );
  await Promise.all(streams.map((s) => s.ready));
  const writer = new pg.Client({ connectionString: databaseUrl });
  await writer.connect();
  const latencies: number[] = [];
  let incomplete = 0;
  try {
    for (let i = 0; i < events; i++) {
      const { id, at } = await commitEvent(writer, articleId);
      const deadline = performance.now() + 10_000;
      while ((received.get(id)?.length ?? 0) < clients && performance.now() < deadline) await sleep(5);
      const times = received.get(id) ?? [];
      if (times.length < clients) incomplete++;
      latencies.push(...times.map((t) => t - at));
      await sleep(100);
    }
  } finally {
    await writer.end();
    for (const s of streams) s.close();
  }
  return { clients, events, p50: percentile(latencies, 50), p99: percentile(latencies, 99), incomplete };
}

/** The floor: a NOTIFY committed on one connection, received by a LISTEN on another. */
export async function benchRawNotify(databaseUrl: string, rounds = 40) {
  const listener = new pg.Client({ connectionString: databaseUrl });
  const sender = new pg.Client({ connectionString: databaseUrl });
  await Promise.all([listener.connect(), sender.connect()]);
  await listener.query("LISTEN bench_round_trip");
  const latencies: number[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      const got = new Promise<number>((resolve) => listener.once("notification", () => resolve(performance.now())));
      await sender.query("BEGIN");
      await sender.query("SELECT pg_notify('bench_round_trip', $1)", [String(i)]);
      const at = performance.now();
      await sender.query("COMMIT");
      latencies.push((await got) - at);
      await sleep(20);
    }
  } finally {
    await Promise.all([listener.end(), sender.end()]);
  }
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/**
 * Signed-in GET of one claim (autocannon, 10 s) with no stream open, then with 200 open on the
 * same instance while an event commits every second (each stream reads it), then none again.
 */
export async function benchOpenStreams(databaseUrl: string, baseUrl: string, seeded: { cookie: string; articleId: string; claimId: string }, count = 200) {
  const path = `/api/claims/${seeded.claimId}`;
  const before = await getThroughput(baseUrl, path, { cookie: seeded.cookie });
  const delivered: number[] = [];
  const streams = Array.from({ length: count }, () => openSse(`${baseUrl}/api/articles/${seeded.articleId}/events`, seeded.cookie, () => delivered.push(1)));
  await Promise.all(streams.map((s) => s.ready));
  const writer = new pg.Client({ connectionString: databaseUrl });
  await writer.connect();
  let writing = true;
  const events = (async () => {
    while (writing) {
      await commitEvent(writer, seeded.articleId);
      await sleep(1000);
    }
  })();
  let during;
  try {
    during = await getThroughput(baseUrl, path, { cookie: seeded.cookie });
  } finally {
    writing = false;
    await events;
    await writer.end();
    for (const s of streams) s.close();
  }
  await sleep(1000);
  const after = await getThroughput(baseUrl, path, { cookie: seeded.cookie });
  const withoutStreams = median([before.perSecond, after.perSecond, (before.perSecond + after.perSecond) / 2]);
  return { streams: count, withoutStreams, withStreams: during.perSecond, errors: before.errors + during.errors + after.errors, eventsDelivered: delivered.length };
}
