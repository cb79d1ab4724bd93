/**
 * `npm run bench`: prints figures with a baseline measured in the same run. Not a test:
 * nothing here passes or fails on timings.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import { benchAnchoring, seedAnnotatedArticle } from "./anchoring";
import { benchExport, seedVerifiedClaims } from "./export";
import { benchHighlights, startApp } from "./highlights";
import { benchHostileHtml } from "./hostile-html";
import { createClaimThroughput, getThroughput, rawInsertThroughput, runLoad, seedLoad } from "./load";
import { benchWebhooks } from "./webhooks";
import { benchDashboard, seedDesk } from "./dashboard";
import { benchFanOut, benchOpenStreams, benchRawNotify, seedLiveDesk } from "./live-desk";
import { benchHints, benchHugeArticle, benchMatching, benchSearch, hintQuality, seedManyClaims } from "./claim-intelligence";
import { benchDatabase, benchUser, groupRssMb, jobsDrained, timed } from "./support/environment";
import { bundleDocumentWorker } from "../scripts/lib/build";

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

const only = process.argv[2]; // `npm run bench -- export` runs one benchmark

/** Every figure of this run, also written to .bench/results.json so runs can be compared. */
const results: Record<string, unknown> = { startedAt: new Date().toISOString(), node: process.version, cpus: availableParallelism() };
const record = (name: string, figures: unknown) => {
  results[name] = figures;
};

async function main() {
  // The benchmarks that convert articles in this process do it as `npm start` does, in the bundled worker.
  process.env.DOCUMENT_WORKER_FILE = await bundleDocumentWorker();
  if (!only || only === "anchoring") await anchoringAndHighlights();
  if (!only || only === "export") await exportBenchmark();
  if (!only || only === "load") await loadBenchmark();
  if (!only || only === "hostile") await hostileHtmlBenchmark();
  if (!only || only === "webhooks") await webhookBenchmark();
  if (!only || only === "intelligence") await claimIntelligenceBenchmark();
  if (!only || only === "dashboard") await dashboardBenchmark();
  if (!only || only === "live") await liveDeskBenchmark();
  mkdirSync(".bench", { recursive: true });
  writeFileSync(".bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
  console.log("\nFigures written to .bench/results.json");
}

async function liveDeskBenchmark() {
  const database = await benchDatabase();
  const authSecret = randomBytes(32).toString("base64"); // both instances accept the same sessions
  const first = await startApp(database.url, { authSecret });
  const second = await startApp(database.url, { authSecret });
  try {
    console.log("\nLive desk: commit → Server-Sent Event");
    const seeded = await seedLiveDesk(first.baseUrl);
    await jobsDrained();
    const raw = await benchRawNotify(database.url);
    const fan = await benchFanOut(database.url, [first.baseUrl, second.baseUrl], seeded.cookie, seeded.articleId);
    record("fanOut", { ...fan, rawP50: raw.p50, rawP99: raw.p99 });
    console.log(`  ${fan.clients} streams over 2 instances, ${fan.events} events: p50 ${fmt(fan.p50)}, p99 ${fmt(fan.p99)}${fan.incomplete ? ` (${fan.incomplete} events not seen by every stream within 10 s)` : ""}  | baseline, raw NOTIFY → LISTEN: p50 ${fmt(raw.p50)}, p99 ${fmt(raw.p99)}`);
    const open = await benchOpenStreams(database.url, first.baseUrl, seeded);
    const slowdown = 1 - open.withStreams / open.withoutStreams;
    record("openStreams", { ...open, slowdown });
    console.log(`  signed-in GET /api/claims/<id> with ${open.streams} streams open (an event a second): ${open.withStreams.toFixed(0)} req/s  | baseline, no stream open: ${open.withoutStreams.toFixed(0)} req/s  | slowdown ${(slowdown * 100).toFixed(1)}% (target ≤ 20%), errors ${open.errors}, ${open.eventsDelivered.toLocaleString("en")} events delivered`);
  } finally {
    first.stop();
    second.stop();
    await database.close();
  }
}

async function dashboardBenchmark() {
  const database = await benchDatabase();
  try {
    console.log("\nDesk dashboard on 100,000 claims (every query of /dashboard, 30 days, median of 7)");
    const [seedMs, { editor }] = await timedSeed(() => seedDesk(database.url));
    console.log(`  seeded in ${(seedMs / 1000).toFixed(1)} s`);
    const d = await benchDashboard(database.url, editor);
    record("dashboard", { ...d, ratio: d.oursMs / d.countMs });
    console.log(`  ours, all figures for ${d.claims.toLocaleString("en")} claims and ${d.agreementUnits.toLocaleString("en")} blind pairs: ${fmt(d.oursMs)}  | baseline, SELECT count(*) FROM "Claim": ${fmt(d.countMs)}  | ratio ${(d.oursMs / d.countMs).toFixed(1)}×`);
  } finally {
    await database.close();
  }
}

async function claimIntelligenceBenchmark() {
  console.log("\nCheck-worthiness hints (in process, median of 3)");
  const h = benchHints();
  record("hints", { ...h, ratio: h.hintsMs / h.splitMs });
  console.log(`  hints for ${h.words.toLocaleString()} words: ${fmt(h.hintsMs)}  | baseline, splitting the same text into sentences alone: ${fmt(h.splitMs)}  | ratio ${(h.hintsMs / h.splitMs).toFixed(2)}`);
  const huge = await benchHugeArticle();
  record("hintsHugeArticle", huge);
  console.log(`  ${huge.sentences.toLocaleString()} sentences in the document worker pool (as the job scores them): ${(huge.ms / 1000).toFixed(1)} s, ${huge.hints.toLocaleString()} hints; event-loop delay meanwhile p99 ${fmt(huge.busyP99)}, max ${fmt(huge.busyMax)}  | baseline, the same loop idle for 1 s: p99 ${fmt(huge.idleP99)}, max ${fmt(huge.idleMax)}`);
  const q = hintQuality();
  record("hintQuality", q);
  console.log(`  on the ${q.sentences} labelled sentences: precision ${q.precision.toFixed(2)}, recall ${q.recall.toFixed(2)}, F1 ${q.f1.toFixed(2)} (target ≥ 0.8; ${q.falsePositives} false hints, ${q.falseNegatives} missed)`);
  const database = await benchDatabase();
  try {
    console.log("\n\"Already checked\" matching and claim search over 100,000 claims");
    const [seedMs, { reviewer }] = await timed(() => seedManyClaims(database.url));
    console.log(`  seeded in ${(seedMs / 1000).toFixed(1)} s`);
    const m = await benchMatching();
    record("matching", { ...m, ratio: m.indexed.p95 / m.sequential.p95 });
    console.log(`  matching one claim (${m.queries} paraphrases): p50 ${fmt(m.indexed.p50)}, p95 ${fmt(m.indexed.p95)} with the indexes (target p95 ≤ 20 ms)  | baseline, the same SQL with index scans off: p50 ${fmt(m.sequential.p50)}, p95 ${fmt(m.sequential.p95)}  | ratio ${(m.indexed.p95 / m.sequential.p95).toFixed(3)}; the reworded claim ranked first for ${m.indexed.rankedFirst} of ${m.queries} (${m.sequential.rankedFirst} without the indexes)`);
    const s = await benchSearch({ ...reviewer, role: "REVIEWER" });
    record("claimSearch", s);
    console.log(`  claim search (${s.searches} searches, ${s.averageHits.toLocaleString()} hits each on average): p50 ${fmt(s.p50)}, p95 ${fmt(s.p95)}`);
  } finally {
    await database.close();
  }
}

async function hostileHtmlBenchmark() {
  console.log("\nHostile HTML (the nesting corpus, 3 of each at once, 3 rounds) through the document worker pool");
  const h = await benchHostileHtml();
  record("hostileHtml", h);
  console.log(`  ${h.documents} documents, ${h.refused} refused with 422, in ${fmt(h.attacked.ms)}`);
  console.log(`  event-loop delay meanwhile: p99 ${fmt(h.attacked.p99)}, max ${fmt(h.attacked.max)}  | baseline, the same loop idle for 1 s: p99 ${fmt(h.idle.p99)}, max ${fmt(h.idle.max)}`);
}

/** A read-only token for the benchmark's reviewer, made as a person would: POST /api/tokens with their session. */
async function apiToken(baseUrl: string, cookie: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/tokens`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ name: "Benchmark", scopes: ["read"] }) });
  if (response.status !== 201) throw new Error(`token: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { secret: string }).secret;
}

async function webhookBenchmark() {
  const database = await benchDatabase();
  try {
    console.log("\nWebhooks: 1,000 deliveries to a receiver on loopback, 8 at a time; verification with and without endpoints");
    const w = await benchWebhooks();
    record("webhooks", { ...w, ratio: w.queuePerSecond / w.rawPerSecond, enqueueOverheadMs: w.verifyWithThreeEndpointsMedianMs - w.verifyMedianMs });
    console.log(`  job queue: ${w.delivered} of ${w.deliveries} delivered (receiver saw ${w.receivedByReceiver}), ${w.queuePerSecond.toFixed(0)} deliveries/s  | baseline, the same POSTs straight from Node: ${w.rawPerSecond.toFixed(0)}/s  | ratio ${(w.queuePerSecond / w.rawPerSecond).toFixed(2)}`);
    console.log(`  verifying a claim: median ${fmt(w.verifyWithThreeEndpointsMedianMs)} with 3 endpoints listening  | baseline, no endpoint: ${fmt(w.verifyMedianMs)}  | enqueue overhead ${fmt(w.verifyWithThreeEndpointsMedianMs - w.verifyMedianMs)}`);
  } finally {
    await database.close();
  }
}

async function loadBenchmark() {
  const database = await benchDatabase();
  const authSecret = randomBytes(32).toString("base64"); // the one-process server below accepts the same sessions
  // The token below makes thousands of requests a minute: its limit is lifted for the benchmark.
  const app = await startApp(database.url, { authSecret, env: { API_TOKEN_RATE_LIMIT: "1000000" } });
  try {
    console.log("\nLoad: concurrent signed-in reviewers (open article, load its highlights, list claims, create claim, add source), 10 s each, then 100 for 60 s");
    const seeded = await seedLoad(app.baseUrl);
    await jobsDrained();
    const health = await getThroughput(app.baseUrl, "/api/health");
    const oneClaim = await getThroughput(app.baseUrl, `/api/claims/${seeded.claimId}`, { cookie: seeded.cookies[0] });
    const token = await apiToken(app.baseUrl, seeded.cookies[0]);
    const oneClaimByToken = await getThroughput(app.baseUrl, `/api/claims/${seeded.claimId}`, { authorization: `Bearer ${token}` });
    record("health", health);
    record("getOneClaim", { ...oneClaim, ratioToHealth: oneClaim.perSecond / health.perSecond });
    record("getOneClaimByToken", { ...oneClaimByToken, ratioToSession: oneClaimByToken.perSecond / oneClaim.perSecond });
    console.log(`  baseline, unauthenticated GET /api/health (50 connections): ${health.perSecond.toFixed(0)} req/s (errors ${health.errors})`);
    console.log(`  signed-in GET /api/claims/<id>: ${oneClaim.perSecond.toFixed(0)} req/s (errors ${oneClaim.errors})  | ratio to health ${(oneClaim.perSecond / health.perSecond).toFixed(2)}`);
    console.log(`  the same GET with an API token: ${oneClaimByToken.perSecond.toFixed(0)} req/s (errors ${oneClaimByToken.errors})  | baseline, with the session cookie: ${oneClaim.perSecond.toFixed(0)} req/s  | ratio ${(oneClaimByToken.perSecond / oneClaim.perSecond).toFixed(2)}`);
    for (const connections of [10, 50, 100]) {
      const r = await runLoad(app.baseUrl, seeded, connections);
      record(`load${connections}`, { ...r, ratioToHealth: r.requestsPerSecond / health.perSecond });
      console.log(`  ${String(connections).padStart(3)} users: ${r.requestsPerSecond.toFixed(0)} req/s (ratio to health ${(r.requestsPerSecond / health.perSecond).toFixed(2)}), p50 ${r.p50} ms, p99 ${r.p99} ms (p99/p50 ${(r.p99 / Math.max(1, r.p50)).toFixed(1)}), errors ${r.errors} of ${r.total}`);
    }
    // The server's memory over the minute: every page it rendered used to stay (see README, Performance).
    const rssBefore = groupRssMb(app.pid);
    const long = await runLoad(app.baseUrl, seeded, 100, 60);
    const rssAfter = groupRssMb(app.pid);
    record("load100for60s", { ...long, ratioToHealth: long.requestsPerSecond / health.perSecond, serverRssBeforeMb: rssBefore, serverRssAfterMb: rssAfter });
    console.log(`  100 users for 60 s: ${long.requestsPerSecond.toFixed(0)} req/s, p50 ${long.p50} ms, p99 ${long.p99} ms, errors ${long.errors} of ${long.total}  | last 10 s ÷ first 10 s: ${long.lastTenOverFirstTen?.toFixed(2) ?? "unknown"}`);
    console.log(`  the server's processes, resident memory: ${rssBefore.toFixed(0)} MB before the minute, ${rssAfter.toFixed(0)} MB after`);
    // The same route served by one process, then by one per core (WEB_CONCURRENCY=1 against the default).
    const single = await startApp(database.url, { processes: 1, authSecret });
    let one: Awaited<ReturnType<typeof createClaimThroughput>>;
    try {
      one = await createClaimThroughput(single.baseUrl, seeded);
    } finally {
      single.stop();
    }
    record("createClaimOneProcess", { routePerSecond: one.perSecond, errors: one.errors });
    const create = await createClaimThroughput(app.baseUrl, seeded);
    const raw = await rawInsertThroughput(database.url, seeded);
    record("createClaim", { routePerSecond: create.perSecond, errors: create.errors, rawInsertPerSecond: raw.perSecond, ratio: create.perSecond / raw.perSecond, ratioToHealth: create.perSecond / health.perSecond });
    console.log(`  create-claim route, ${availableParallelism()} processes: ${create.perSecond.toFixed(0)}/s (errors ${create.errors})  | 1 process: ${one.perSecond.toFixed(0)}/s (errors ${one.errors})  | ratio ${(create.perSecond / one.perSecond).toFixed(2)}×`);
    console.log(`  create-claim route alone (50 connections): ${create.perSecond.toFixed(0)}/s (errors ${create.errors})  | baseline raw INSERT of the same rows: ${raw.perSecond.toFixed(0)}/s  | ratio ${(create.perSecond / raw.perSecond).toFixed(2)}  | ratio to health ${(create.perSecond / health.perSecond).toFixed(2)}`);
  } finally {
    app.stop();
    await database.close();
  }
}

async function exportBenchmark() {
  const database = await benchDatabase();
  try {
    console.log("\nCSV export of 100,000 verified claims (1–3 sources each)");
    const [seedMs, { editor }] = await timedSeed(() => seedVerifiedClaims(database.url));
    console.log(`  seeded in ${(seedMs / 1000).toFixed(1)} s`);
    const app = await startApp(database.url);
    try {
      await jobsDrained(); // the seeded articles' hint scoring runs first, not during the export
      const e = await benchExport(database.url, app, editor);
      record("export", { ...e, ratio: e.oursMs / e.copyMs, gzipRatio: e.gzipMs / e.copyMs, ours: undefined, gzip: undefined, copy: undefined });
      console.log(`  ours, GET /api/export/claims (HTTP ${e.ours.status}, ${e.ours.encoding ?? "not compressed"}): ${fmt(e.oursMs)}, ${(e.ours.bytes / 1e6).toFixed(1)} MB, ${e.ours.lines - 1} lines after the header`);
      console.log(`  baseline, COPY of the same 24 columns TO STDOUT (FORMAT csv): ${fmt(e.copyMs)}, ${(e.copy.bytes / 1e6).toFixed(1)} MB, ${e.copy.lines - 1} lines after the header`);
      // Like for like: the same rows and (but for CRLF and the BOM) the same bytes.
      const difference = Math.abs(e.ours.bytes - e.ours.crs - 3 - e.copy.bytes) / e.copy.bytes; // less our CRs and BOM
      console.log(`  like for like: ${e.ours.lines === e.copy.lines ? "same line count" : `LINE COUNTS DIFFER (${e.ours.lines} vs ${e.copy.lines})`}, bytes differ by ${(difference * 100).toFixed(2)}% without CRs and BOM${difference > 0.01 ? " — NOT LIKE FOR LIKE" : ""}`);
      console.log(`  ratio ours / COPY: ${(e.oursMs / e.copyMs).toFixed(2)}×   rows/s: ${Math.round(e.rows / (e.oursMs / 1000)).toLocaleString("en")} (COPY ${Math.round(e.rows / (e.copyMs / 1000)).toLocaleString("en")})`);
      console.log(`  as a browser asks for it (HTTP ${e.gzip.status}, ${e.gzip.encoding ?? "not compressed"}, unpacked by the client): ${fmt(e.gzipMs)}, ratio to COPY ${(e.gzipMs / e.copyMs).toFixed(2)}×`);
      console.log(
        e.rssBefore === null || e.rssPeak === null
          ? "  app server RSS: unknown (its process was not found)"
          : `  app server RSS: ${e.rssBefore.toFixed(0)} MB before, ${e.rssPeak.toFixed(0)} MB peak, growth ${(e.rssPeak - e.rssBefore).toFixed(0)} MB`,
      );
    } finally {
      app.stop();
    }
  } finally {
    await database.close();
  }
}

async function timedSeed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

async function anchoringAndHighlights() {
  const database = await benchDatabase();
  try {
    console.log("Re-anchoring after an edit (server, ~10,000 words, 1,000 claims)");
    const a = await benchAnchoring(database.url);
    record("anchoring", { ...a, summary: undefined, editRatio: a.editMs / a.rawUpdateMs });
    console.log(`  article: ${a.words} words, ${a.claims} claims; results: ${JSON.stringify(a.states)}`);
    console.log(`  re-anchor all claims (diff + match, in memory): ${fmt(a.pureMs)}  | baseline naive indexOf of every quote: ${fmt(a.naiveMs)}  | ratio ${(a.pureMs / a.naiveMs).toFixed(1)}×`);
    console.log(`  whole edit (revision + re-anchor + history, one transaction; median of ${a.runs} after a first): ${fmt(a.editMs)}  | baseline raw UPDATE of the same rows: ${fmt(a.rawUpdateMs)}  | ratio ${(a.editMs / a.rawUpdateMs).toFixed(1)}×`);
    console.log(`  edit summary: ${JSON.stringify(a.summary)}`);

    console.log("\nHighlights in Chromium (navigation → drawn, median of 7 rounds taking each page in turn)");
    const seeded = await seedAnnotatedArticle();
    const crowded = await seedAnnotatedArticle(10_000);
    const reviewer = await benchUser("REVIEWER");
    const app = await startApp(database.url);
    try {
      await jobsDrained(); // the seeded articles' hint scoring runs first, not during the measurements
      const h = await benchHighlights(app.baseUrl, reviewer, [{ claims: 1000, slug: seeded.article.slug }, { claims: 10_000, slug: crowded.article.slug }], seeded.plain.slug);
      record("highlights", { ...h, ratios: h.annotated.map((a) => ({ claims: a.claims, ratio: a.ms / h.withoutMs })) });
      for (const a of h.annotated) {
        console.log(`  with ${a.claims.toLocaleString("en")} claims: ${fmt(a.ms)} (${a.spans} highlight spans)  | same article, no claims: ${fmt(h.withoutMs)}  | ratio ${(a.ms / h.withoutMs).toFixed(2)}×  | opening the next claim (j) shows in ${fmt(a.selectionMs)}`);
      }
    } finally {
      app.stop();
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
