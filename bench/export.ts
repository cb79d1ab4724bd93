/**
 * CSV export of 100,000 verified claims (1–3 sources each) through the HTTP route, against
 * PostgreSQL's own COPY of the same CSV (support/export-copy-baseline.ts: the same statement,
 * so the same rows and bytes) in the same run, with the app server's peak RSS while it streams.
 */
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { insertTrustedArticle } from "../lib/articles/insert-article";
import { db } from "../lib/db/client";
import { benchUser, timed } from "./support/environment";
import { copyBaselineSql } from "./support/export-copy-baseline";
import { sessionCookie } from "./support/http-session";

export async function seedVerifiedClaims(databaseUrl: string, count = 100_000) {
  const reviewer = await benchUser("REVIEWER");
  const editor = await benchUser("EDITOR");
  const articles = [];
  for (let i = 0; i < 50; i++) {
    articles.push(
      await db.$transaction((tx) =>
        insertTrustedArticle(tx, { actorId: reviewer.id, input: { title: `Export bench ${i}`, outlet: "Bench Post", url: `https://example.org/${i}`, html: `<p>Article ${i} — “quoted” text, 12% and 🚀.</p>` } }),
      ),
    );
  }
  const revisions = await db.articleRevision.findMany({ where: { articleId: { in: articles.map((a) => a.id) } }, select: { id: true, articleId: true } });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(
    `INSERT INTO "Claim" ("id", "articleId", "revisionId", "quote", "prefix", "suffix", "startOffset", "endOffset", "occurrence", "statement",
       "status", "verdictId", "verdictSetById", "rationale", "createdById", "verifiedById", "verifiedAt", "updatedAt", "tags", "claimant")
     SELECT 'bench_' || g, r."articleId", r."id", 'Quote “' || g || '” — with, commas', 'before ', ' after', g % 500, g % 500 + 20, 0,
            'Claim ' || g || ' said costs rose 12%', 'VERIFIED', 'verdict_false', $1, E'=SUM(A1) is not the method,\\nsee "table" ' || g,
            $1, $2, now() - (g || ' seconds')::interval, now(), ARRAY['tag' || (g % 5)], 'Official ' || (g % 40)
     FROM generate_series(1, $3::int) g
     JOIN (SELECT "id", "articleId", row_number() OVER (ORDER BY "id") - 1 AS n FROM "ArticleRevision" WHERE "id" = ANY($4)) r ON r.n = g % 50`,
    [reviewer.id, editor.id, count, revisions.map((r) => r.id)],
  );
  await client.query(
    `INSERT INTO "Source" ("id", "claimId", "url", "title", "publisher", "quotedPassage", "kind", "stance", "createdById")
     SELECT 'src_' || g || '_' || s, 'bench_' || g, 'https://example.org/source/' || g || '/' || s, 'Source ' || s || ', “report”',
            'Publisher ' || s, CASE WHEN s = 1 THEN '+5% year on year' END, 'PRIMARY_DATA', 'REFUTES', $1
     FROM generate_series(1, $2::int) g CROSS JOIN LATERAL generate_series(1, 1 + g % 3) s`,
    [reviewer.id, count],
  );
  await client.query("ANALYZE");
  await client.end();
  return { editor };
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

/** The app server in the launcher's process group: the largest process running scripts/server.ts (npx and tsx wrap it). */
function serverPid(groupId: number): number | null {
  let best: { pid: number; rss: number } | null = null;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const pgid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgid !== groupId || !readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("scripts/server.ts")) continue;
      const rss = rssMb(Number(entry));
      if (!best || rss > best.rss) best = { pid: Number(entry), rss };
    } catch {
      // the process went away
    }
  }
  return best?.pid ?? null;
}

/** The export's bytes (a gzipped answer unpacked by fetch, as a browser does), with its line feeds and CRs counted. */
async function download(url: string, cookie: string, encoding: "identity" | "gzip") {
  const response = await fetch(url, { headers: { Cookie: cookie, "Accept-Encoding": encoding } });
  let bytes = 0;
  let lines = 0;
  let crs = 0;
  const reader = response.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    bytes += read.value.length;
    for (const byte of read.value) {
      if (byte === 10) lines++;
      else if (byte === 13) crs++;
    }
  }
  return { status: response.status, encoding: response.headers.get("Content-Encoding"), bytes, lines, crs };
}

export async function benchExport(databaseUrl: string, app: { baseUrl: string; pid: number }, editor: { email: string; password: string }) {
  const cookie = await sessionCookie(app.baseUrl, editor.email, editor.password);
  const pid = serverPid(app.pid);

  // Warm-up: compile the route and fill caches, as a running server would have.
  await (await fetch(`${app.baseUrl}/api/export/claims?articleId=none-such`, { headers: { Cookie: cookie } })).text();
  const rssBefore = pid ? rssMb(pid) : null;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    if (pid && rssPeak !== null) rssPeak = Math.max(rssPeak, rssMb(pid));
  }, 25);
  // Like for like with COPY: the bytes as they are. Then as a browser asks for them, gzipped
  // (by Next.js, which compresses every response a client takes gzip for).
  const [oursMs, ours] = await timed(() => download(`${app.baseUrl}/api/export/claims?format=csv`, cookie, "identity"));
  const [gzipMs, gzip] = await timed(() => download(`${app.baseUrl}/api/export/claims?format=csv`, cookie, "gzip"));
  clearInterval(sampler);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const sql = copyBaselineSql(app.baseUrl);
  const [copyMs, copy] = await timed(async () => {
    let bytes = 0;
    let lines = 0;
    for await (const chunk of client.query(copyTo(sql))) {
      bytes += (chunk as Buffer).length;
      for (const byte of chunk as Buffer) if (byte === 10) lines++;
    }
    return { bytes, lines };
  });
  await client.end();
  const rows = await db.claim.count({ where: { status: "VERIFIED" } });
  return { rows, oursMs, ours, gzipMs, gzip, copyMs, copy, rssBefore, rssPeak };
}
