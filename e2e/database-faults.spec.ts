/**
 * Database faults against a server of this test's own (its own PostgreSQL and app process,
 * so restarting the database disturbs no other test): during a stream of writes every app
 * connection is terminated, then PostgreSQL is stopped and started again.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { withDatabase } from "../scripts/lib/connection";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../scripts/lib/embedded-postgres";
import { startAppServer, waitForHealthy, type AppServer } from "../scripts/lib/app-server";
import { freePort } from "../tests/support/test-database";
import { startReceiver } from "../tests/support/receiver";
import { apiAs } from "./support/api-login";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A PostgreSQL of the test's own, migrated, that the test can stop and start again on the same data. */
async function ownPostgres(prefix: string) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const port = await freePort();
  const start = () => startEmbeddedPostgres({ dataDir, port, database: "factcheck", persistent: true });
  const first = await start();
  const { applyMigrations } = await import("../scripts/lib/schema-engine");
  await applyMigrations(first.url);
  return { dataDir, start, first };
}

/** An editor and an article with one claim, straight into the test's database: ids `user_<tag>`, `art_<tag>`, `claim_<tag>`. */
async function seedOneClaim(url: string, tag: string) {
  const { hashPassword } = await import("../lib/auth/password");
  const seed = new pg.Client({ connectionString: url });
  await seed.connect();
  const email = `${tag}@e2e.test`;
  const password = `${tag} password 123`;
  const userId = `user_${tag}`;
  await seed.query(`INSERT INTO "User" ("id", "email", "name", "role", "passwordHash", "updatedAt") VALUES ($1, $2, 'Fault Tester', 'EDITOR', $3, now())`, [userId, email, await hashPassword(password)]);
  await seed.query(`INSERT INTO "Article" ("id", "slug", "title", "createdById", "updatedAt") VALUES ($1, $2, $2, $3, now())`, [`art_${tag}`, tag, userId]);
  await seed.query(`INSERT INTO "ArticleRevision" ("id", "articleId", "number", "doc", "text", "createdById") VALUES ($1, $2, 1, '{"type":"doc"}', 'A claim.', $3)`, [`rev_${tag}`, `art_${tag}`, userId]);
  await seed.query(
    `INSERT INTO "Claim" ("id", "articleId", "revisionId", "quote", "prefix", "suffix", "startOffset", "endOffset", "occurrence", "statement", "createdById", "updatedAt")
     VALUES ($1, $2, $3, 'A claim.', '', '', 0, 8, 0, 'A claim.', $4, now())`,
    [`claim_${tag}`, `art_${tag}`, `rev_${tag}`, userId],
  );
  await seed.end();
  return { email, password };
}

test("the app survives terminated connections and a PostgreSQL restart, losing no acknowledged write", async () => {
  test.setTimeout(240_000);
  const { dataDir, start, first } = await ownPostgres("factcheck-faults-");
  let database: EmbeddedDatabase = first;
  let app: AppServer | undefined;
  let api: APIRequestContext | undefined;
  try {
    const { email, password } = await seedOneClaim(database.url, "faults");

    app = await startAppServer({ databaseUrl: database.url, port: await freePort(), logFile: ".test-results/faults-server.log" });
    api = await apiAs(app.baseUrl, { email, password });

    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    const unavailableMessages = new Set<string>();
    let writing = true;
    let sequence = 0;
    const writer = async () => {
      while (writing) {
        const body = `write-${sequence++}`;
        const response = await api!.post("/api/claims/claim_faults/comments", { data: { body }, timeout: 30_000 }).catch(() => null);
        const status = response?.status() ?? 0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 201) acknowledged.push(body);
        if (status === 503) unavailableMessages.add((await response!.json()).error.message);
        if (status !== 201) await sleep(100);
      }
    };
    const writers = [writer(), writer()];

    // Each phase waits for what it needs to see, not for a fixed time.
    await expect.poll(() => acknowledged.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
    const admin = new pg.Client({ connectionString: withDatabase(database.adminUrl, "postgres") });
    await admin.connect();
    const { rowCount } = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'factcheck' AND pid <> pg_backend_pid()`);
    await admin.end();
    expect(rowCount).toBeGreaterThan(0);
    const afterTerminate = acknowledged.length;
    await expect.poll(() => acknowledged.length, { timeout: 30_000 }).toBeGreaterThan(afterTerminate + 2); // pools reconnected

    await database.stop();
    // While the database is gone the app is up and says so: 503 with a retry message.
    await expect.poll(async () => (await fetch(`${app!.baseUrl}/api/health`)).status, { timeout: 30_000 }).toBe(503);
    const health = await fetch(`${app.baseUrl}/api/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get("retry-after")).toBe("5");
    // Pages send people to a 503 page that retries them, instead of a 500.
    const page = await api!.get("/");
    expect(page.status()).toBe(503);
    expect(page.headers()["retry-after"]).toBe("5");
    expect(await page.text()).toContain("The service is unavailable right now");
    // Signing in says the service is unavailable, not that the password is wrong.
    const anonymous = await apiAs(app.baseUrl, null);
    const csrf = await anonymous.get("/api/auth/csrf").then((r) => r.json(), () => null);
    if (csrf?.csrfToken) {
      const signIn = await anonymous.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, email, password, json: "true" }, maxRedirects: 0 });
      // With json=true next-auth answers { url } (the browser's signIn() reads it) instead of a redirect.
      const target = signIn.headers().location ?? ((await signIn.json()) as { url?: string }).url ?? "";
      expect(decodeURIComponent(target)).toContain("error=Unavailable");
    }
    await anonymous.dispose();

    database = await start();
    await waitForHealthy(`${app.baseUrl}/api/health`, 60_000);
    const beforeRecovery = acknowledged.length;
    await expect.poll(() => acknowledged.length, { timeout: 30_000 }).toBeGreaterThan(beforeRecovery + 2);
    writing = false;
    await Promise.all(writers);

    expect(acknowledged.length).toBeGreaterThan(beforeRecovery); // it recovered by itself
    expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([201, 503]));
    for (const status of statuses.keys()) expect([201, 503], `unexpected status ${status}`).toContain(status);
    expect([...unavailableMessages]).toEqual(["The database is unavailable right now. Please retry in a few seconds."]);

    const check = new pg.Client({ connectionString: database.url });
    await check.connect();
    const { rows } = await check.query<{ body: string; copies: string }>(`SELECT "body", count(*) AS copies FROM "Comment" GROUP BY "body"`);
    await check.end();
    const stored = new Map(rows.map((r) => [r.body, Number(r.copies)]));
    for (const body of acknowledged) expect(stored.get(body), body).toBe(1);
    expect([...stored.values()].every((copies) => copies === 1)).toBe(true);
  } finally {
    await api?.dispose();
    app?.stop();
    await database.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test("webhook deliveries under way when PostgreSQL stops are neither lost nor sent with a new key", async () => {
  test.setTimeout(300_000);
  const { dataDir, start, first } = await ownPostgres("factcheck-faults-hooks-");
  let database: EmbeddedDatabase = first;
  let app: AppServer | undefined;
  let api: APIRequestContext | undefined;
  // Every answer takes a second: deliveries are in flight when the database goes.
  const receiver = await startReceiver([{ okAfterMs: 1000 }]);
  try {
    const { hashPassword } = await import("../lib/auth/password");
    const seed = new pg.Client({ connectionString: database.url });
    await seed.connect();
    const email = "hooks@e2e.test";
    const password = "hooks password 123";
    await seed.query(`INSERT INTO "User" ("id", "email", "name", "role", "passwordHash", "updatedAt") VALUES ('user_hooks', $1, 'Hook Tester', 'ADMIN', $2, now())`, [email, await hashPassword(password)]);
    await seed.query(`INSERT INTO "WebhookEndpoint" ("id", "url", "events", "secret", "createdById", "updatedAt") VALUES ('hook_faults', $1, '{article.imported}', 'whsec_faults', 'user_hooks', now())`, [receiver.url]);
    await seed.end();

    app = await startAppServer({
      databaseUrl: database.url,
      port: await freePort(),
      logFile: ".test-results/faults-hooks-server.log",
      env: { WEBHOOK_ALLOW_PRIVATE: "true", WEBHOOK_RETRY_BASE_MS: "500", WEBHOOK_TIMEOUT_MS: "2000", JOB_CONCURRENCY: "4" },
    });
    api = await apiAs(app.baseUrl, { email, password });
    const imports = 6;
    for (let i = 0; i < imports; i++) {
      const response = await api.post("/api/articles", { multipart: { title: `Hooked ${i}`, format: "text", text: `Fares rose ${i}%.` } });
      expect(response.status()).toBe(201);
    }
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBeGreaterThan(0);
    await database.stop();
    await sleep(2000);
    database = await start();
    await waitForHealthy(`${app.baseUrl}/api/health`, 60_000);

    const check = new pg.Client({ connectionString: database.url });
    await check.connect();
    const states = async () => (await check.query<{ status: string; n: number }>(`SELECT "status", count(*)::int AS n FROM "WebhookDelivery" GROUP BY "status"`)).rows;
    await expect.poll(states, { timeout: 150_000 }).toEqual([{ status: "DELIVERED", n: imports }]);
    const { rows } = await check.query<{ eventId: string }>(`SELECT "eventId" FROM "WebhookDelivery"`);
    await check.end();
    // Every event arrived; a repeat (the database went away after the receiver's yes) carries the
    // same Idempotency-Key and body, so the receiver can drop it.
    const keys = new Set(receiver.received.map((r) => String(r.headers["idempotency-key"])));
    expect([...keys].sort()).toEqual(rows.map((r) => r.eventId).sort());
    for (const key of keys) {
      const bodies = new Set(receiver.received.filter((r) => r.headers["idempotency-key"] === key).map((r) => r.body));
      expect(bodies.size, key).toBe(1);
    }
    test.info().annotations.push({ type: "repeats", description: String(receiver.received.length - keys.size) });
  } finally {
    await api?.dispose();
    app?.stop();
    await receiver.close();
    await database.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/**
 * Reads an article's live stream as a browser's EventSource does: each `id:` it receives is
 * kept, and when the stream ends or fails it reconnects after a moment with Last-Event-ID.
 */
function followStream(url: string, cookie: string) {
  const ids: string[] = [];
  let connections = 0;
  let stopped = false;
  const controller = new AbortController();
  const loop = (async () => {
    while (!stopped) {
      try {
        connections++;
        const response = await fetch(url, { headers: { cookie, accept: "text/event-stream", ...(ids.length ? { "Last-Event-ID": ids.at(-1)! } : {}) }, signal: controller.signal });
        const reader = response.body!.getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          const blocks = buffer.split("\n\n");
          buffer = blocks.pop()!;
          for (const block of blocks) {
            const id = /^id: (\d+)$/m.exec(block)?.[1];
            if (id && /^event: desk$/m.test(block)) ids.push(id);
          }
        }
      } catch {
        // a failed connection is retried, as EventSource does
      }
      if (!stopped) await sleep(500);
    }
  })();
  return {
    ids,
    connections: () => connections,
    async stop() {
      stopped = true;
      controller.abort();
      await loop;
    },
  };
}

test("a live stream rides out a PostgreSQL restart: every committed event arrives once, in order", async () => {
  test.setTimeout(240_000);
  const { dataDir, start, first } = await ownPostgres("factcheck-faults-stream-");
  let database: EmbeddedDatabase = first;
  let app: AppServer | undefined;
  let api: APIRequestContext | undefined;
  let stream: ReturnType<typeof followStream> | undefined;
  try {
    const { email, password } = await seedOneClaim(database.url, "stream");

    app = await startAppServer({ databaseUrl: database.url, port: await freePort(), logFile: ".test-results/faults-stream-server.log" });
    api = await apiAs(app.baseUrl, { email, password });
    const cookie = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    stream = followStream(`${app.baseUrl}/api/articles/art_stream/events?after=0`, cookie);

    const acknowledged: string[] = [];
    let writing = true;
    let sequence = 0;
    const writer = (async () => {
      while (writing) {
        const body = `event-${sequence++}`;
        const response = await api!.post("/api/claims/claim_stream/comments", { data: { body }, timeout: 30_000 }).catch(() => null);
        if (response?.status() === 201) acknowledged.push(body);
        else await sleep(100);
        await sleep(50);
      }
    })();

    await expect.poll(() => stream!.ids.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    await database.stop();
    await expect.poll(async () => (await fetch(`${app!.baseUrl}/api/health`)).status, { timeout: 30_000 }).toBe(503);
    await sleep(4000); // longer than a listener gives up by default (pg-listen: 3 s)
    database = await start();
    await waitForHealthy(`${app.baseUrl}/api/health`, 60_000);
    const afterRestart = acknowledged.length;
    await expect.poll(() => acknowledged.length, { timeout: 30_000 }).toBeGreaterThan(afterRestart + 3);
    writing = false;
    await writer;

    // What the database holds is the truth: the stream has exactly its events, in order, once.
    const check = new pg.Client({ connectionString: database.url });
    await check.connect();
    const { rows } = await check.query<{ id: string }>(`SELECT e."id"::text AS id FROM "DeskEvent" e WHERE e."articleId" = 'art_stream' ORDER BY e."id"`);
    await check.end();
    expect(rows.length).toBe(acknowledged.length);
    await expect.poll(() => stream!.ids.length, { timeout: 30_000 }).toBe(rows.length);
    expect(stream.ids).toEqual(rows.map((r) => r.id));
    test.info().annotations.push({ type: "stream connections", description: String(stream.connections()) });
  } finally {
    await stream?.stop();
    await api?.dispose();
    app?.stop();
    await database.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
});
