/**
 * Load: 10, 50 and 100 concurrent signed-in reviewers, each looping through a realistic mix
 * (open an article, load its highlights, list its claims, create a claim, add a source), and 100 for 60 s to see
 * whether throughput holds as claims pile up. Baselines in the same run: the unauthenticated
 * health route (Next.js and one SELECT) and raw node-postgres INSERTs of the same claim rows.
 */
import autocannon, { type Request as CannonRequest } from "autocannon";
import pg from "pg";
import { describeRange } from "../lib/anchoring/selectors";
import { hashPassword } from "../lib/auth/password";
import { anchorColumns } from "../lib/claims/anchor-columns";
import { insertTrustedArticle } from "../lib/articles/insert-article";
import { db } from "../lib/db/client";
import { sessionCookie } from "./support/http-session";
import { syntheticArticle } from "./support/synthetic-article";

type Seeded = { cookies: string[]; articleId: string; slug: string; revisionId: string; text: string; selections: { start: number; end: number; exact: string }[]; claimId: string };

export async function seedLoad(baseUrl: string, reviewers = 100): Promise<Seeded> {
  const password = "load test password";
  const passwordHash = await hashPassword(password);
  const tag = Date.now().toString(36);
  const users = Array.from({ length: reviewers }, (_, i) => ({ email: `load-${tag}-${i}@bench.test`, name: `Load ${i}`, role: "REVIEWER" as const, passwordHash }));
  await db.user.createMany({ data: users });
  const { html } = syntheticArticle(1500);
  const author = await db.user.findFirstOrThrow({ where: { email: users[0].email } });
  const created = await db.$transaction((tx) => insertTrustedArticle(tx, { actorId: author.id, input: { title: `Load article ${tag}`, html } }));
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: created.id } });
  const selections = [...revision.text.matchAll(/[^.\n]+?\d+%/g)].slice(0, 200).map((m) => {
    let start = m.index!;
    while (/\s/.test(revision.text[start])) start++;
    return { start, end: m.index! + m[0].length, exact: revision.text.slice(start, m.index! + m[0].length) };
  });
  const cookies: string[] = [];
  for (const user of users) cookies.push(await sessionCookie(baseUrl, user.email, password));
  // One claim with a source and a comment, for the signed-in GET of one claim.
  const first = selections[0];
  const claim = await db.claim.create({
    data: {
      articleId: created.id,
      revisionId: revision.id,
      ...anchorColumns(describeRange(revision.text, first.start, first.end)),
      statement: first.exact,
      createdById: author.id,
      sources: { create: { url: "https://example.org/data", title: "Official data", createdById: author.id } },
      comments: { create: { body: "Checked against the table.", authorId: author.id } },
    },
  });
  return { cookies, articleId: created.id, slug: created.slug, revisionId: revision.id, text: revision.text, selections, claimId: claim.id };
}

type Context = { cookie?: string; claimId?: string; n?: number };

function mix(seeded: Seeded): CannonRequest[] {
  let next = 0;
  const withSession = (context: Context, request: CannonRequest) => {
    context.cookie ??= seeded.cookies[next++ % seeded.cookies.length];
    context.n = (context.n ?? 0) + 1;
    return { ...request, headers: { ...request.headers, cookie: context.cookie, "content-type": "application/json" } };
  };
  return [
    { method: "GET", path: `/articles/${seeded.slug}`, setupRequest: (r, c) => withSession(c as Context, r) },
    // What the browser asks for next: every claim, for the highlights.
    { method: "GET", path: `/api/articles/${seeded.articleId}/highlights?revisionId=${seeded.revisionId}`, setupRequest: (r, c) => withSession(c as Context, r) },
    { method: "GET", path: `/api/articles/${seeded.articleId}/claims`, setupRequest: (r, c) => withSession(c as Context, r) },
    {
      method: "POST",
      path: `/api/articles/${seeded.articleId}/claims`,
      setupRequest: (r, c) => {
        const selection = seeded.selections[((c as Context).n ?? 0) % seeded.selections.length];
        return { ...withSession(c as Context, r), body: JSON.stringify({ revisionId: seeded.revisionId, ...selection }) };
      },
      onResponse: (status, body, c) => {
        if (status === 201) (c as Context).claimId = JSON.parse(body).claim.id;
      },
    },
    {
      method: "POST",
      setupRequest: (r, c) => ({
        ...withSession(c as Context, r),
        path: `/api/claims/${(c as Context).claimId}/sources`,
        body: JSON.stringify({ url: "https://example.org/data", title: "Official data", kind: "PRIMARY_DATA" }),
      }),
    },
  ];
}

export async function runLoad(baseUrl: string, seeded: Seeded, connections: number, seconds = 10) {
  // Requests completed in each second, to compare the end of a long run with its start.
  const perSecond: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: baseUrl, connections, duration: seconds, requests: mix(seeded), timeout: 30 }, (error, done) => (error ? reject(error) : resolve(done)));
    // autocannon emits { counter, bytes } each second; its types leave the argument out.
    (instance as NodeJS.EventEmitter).on("tick", ({ counter }: { counter: number }) => perSecond.push(counter));
  });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    connections,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
    lastTenOverFirstTen: perSecond.length >= 20 ? sum(perSecond.slice(-10)) / Math.max(1, sum(perSecond.slice(0, 10))) : null,
  };
}

/** Requests per second of one GET, 50 connections: the health route (the framework's floor) or a signed-in read (session cookie or API token). */
export async function getThroughput(baseUrl: string, path: string, headers: Record<string, string> = {}, seconds = 10) {
  const result = await autocannon({ url: baseUrl, connections: 50, duration: seconds, requests: [{ method: "GET", path, headers }] });
  return { perSecond: result.requests.average, errors: result.errors + result.timeouts + result.non2xx };
}

export async function createClaimThroughput(baseUrl: string, seeded: Seeded, seconds = 10) {
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: 50,
    duration: seconds,
    requests: [
      {
        method: "POST",
        path: `/api/articles/${seeded.articleId}/claims`,
        setupRequest: (r, c) => {
          const context = c as Context;
          context.cookie ??= seeded.cookies[next++ % seeded.cookies.length];
          const selection = seeded.selections[next++ % seeded.selections.length];
          return { ...r, headers: { cookie: context.cookie, "content-type": "application/json" }, body: JSON.stringify({ revisionId: seeded.revisionId, ...selection }) };
        },
      },
    ],
  });
  return { perSecond: result.requests.average, errors: result.errors + result.non2xx };
}

/** The physical floor: the same claim rows as single INSERTs over 50 concurrent pg connections. */
export async function rawInsertThroughput(databaseUrl: string, seeded: Seeded, rows = 5000) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 50 });
  const author = await db.user.findFirstOrThrow({ where: { role: "REVIEWER" }, select: { id: true } });
  const started = performance.now();
  let i = 0;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (i < rows) {
        const n = i++;
        const selection = seeded.selections[n % seeded.selections.length];
        const a = anchorColumns(describeRange(seeded.text, selection.start, selection.end));
        await pool.query(
          `INSERT INTO "Claim" ("id", "articleId", "revisionId", "quote", "prefix", "suffix", "startOffset", "endOffset", "occurrence", "statement", "createdById", "updatedAt")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())`,
          [`raw_${n}_${Date.now()}`, seeded.articleId, seeded.revisionId, a.quote, a.prefix, a.suffix, a.startOffset, a.endOffset, a.occurrence, a.quote, author.id],
        );
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  return { perSecond: rows / seconds };
}
