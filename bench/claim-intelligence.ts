/**
 * Claim intelligence: check-worthiness hints for a 10,000-word article against splitting the
 * same text into sentences alone; precision, recall and F1 of the hints on the labelled
 * sentences; matching one claim against 100,000 stored claims with the indexes and without
 * them (sequential scans, same SQL); claim search over the same 100,000 claims.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import pg from "pg";
import { closeDocumentPool, hintsInPool } from "../lib/articles/prepare-document";
import fixture from "../tests/fixtures/check-worthiness.json";
import { insertTrustedArticle } from "../lib/articles/insert-article";
import { hintSentences } from "../lib/claim-hints/hint-sentences";
import { evaluateHints } from "../lib/claim-hints/evaluate-hints";
import { sentenceSpans } from "../lib/claim-hints/split-sentences";
import { queryMatches } from "../lib/claim-matching/find-matches";
import { searchClaims } from "../lib/claim-search/search-claims";
import { db } from "../lib/db/client";
import { benchUser, median, timed } from "./support/environment";

const subjects = ["Unemployment", "Knife crime", "House prices", "Hospital waiting lists", "Council tax", "Rents", "Bus fares", "Teacher vacancies", "Burglaries", "Wind power output", "Energy bills", "School funding per pupil", "Homelessness", "Shoplifting", "Police numbers", "Food bank use", "Child poverty", "Rail delays", "Carbon emissions", "Library visits"];
const verbs = ["rose", "fell", "doubled", "grew", "dropped", "increased", "declined", "climbed"];
const periods = ["since 2010", "last year", "in the past decade", "over five years", "since the pandemic", "in the year to March", "this winter", "since 2019", "in 2023", "over the summer"];
const sources = ["the Home Office", "the council", "the Office for National Statistics", "the minister", "the health board", "campaigners", "the union", "the Treasury", "the regulator", "the charity", "the opposition", "the mayor"];

/** A 10,000-word article in the style of a news report: figures, attributions and plain colour. */
export function tenThousandWords(): string {
  const sentences: string[] = [];
  for (let i = 0; sentences.join(" ").split(/\s+/).length < 10_000; i++) {
    sentences.push(`${subjects[i % 20]} ${verbs[i % 8]} by ${(i * 7) % 97}% ${periods[i % 10]}, according to ${sources[i % 12]}.`);
    sentences.push(i % 3 ? "Residents gathered outside the town hall on a grey morning." : "“We are listening to people’s concerns,” a spokesperson said.");
    if (i % 5 === 0) sentences.push(`Read more about ${subjects[i % 20].toLowerCase()}`);
  }
  return sentences.map((s, i) => (i % 6 === 5 ? `${s}\n` : `${s} `)).join("");
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))];

export function benchHints() {
  const text = tenThousandWords();
  const words = text.split(/\s+/).filter(Boolean).length;
  sentenceSpans(text); // warm both paths
  hintSentences(text);
  const split: number[] = [];
  const scored: number[] = [];
  let hints = 0;
  for (let round = 0; round < 3; round++) {
    let start = performance.now();
    const sentences = sentenceSpans(text).length;
    split.push(performance.now() - start);
    start = performance.now();
    hints = hintSentences(text).length;
    scored.push(performance.now() - start);
    if (round === 0) console.log(`  ${words.toLocaleString()} words, ${sentences.toLocaleString()} sentences, ${hints.toLocaleString()} hints`);
  }
  return { words, hints, hintsMs: median(scored), splitMs: median(split) };
}

/**
 * 50,000 sentences scored the way the job does it (the document worker pool), with the
 * request thread's event-loop delay meanwhile against the same loop idle: scoring must not
 * hold up anyone's request.
 */
export async function benchHugeArticle() {
  const sentences = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? `Ferry fares rose by ${i % 90}% in May.` : "The quay was quiet that morning."));
  const text = sentences.map((sentence, i) => (i % 10 === 9 ? `${sentence}\n` : `${sentence} `)).join("");
  const idle = monitorEventLoopDelay({ resolution: 10 });
  idle.enable();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  idle.disable();
  const busy = monitorEventLoopDelay({ resolution: 10 });
  busy.enable();
  const [ms, hints] = await timed(() => hintsInPool(text));
  busy.disable();
  await closeDocumentPool();
  const p99 = (histogram: typeof idle) => histogram.percentile(99) / 1e6;
  return { sentences: sentences.length, hints: hints.length, ms, busyP99: p99(busy), busyMax: busy.max / 1e6, idleP99: p99(idle), idleMax: idle.max / 1e6 };
}

export function hintQuality() {
  return evaluateHints(fixture.sentences);
}

// 480 place names, as a national desk's claims name towns by the hundred.
const placeStarts = ["Ash", "Bright", "Clay", "Dun", "Elm", "Fair", "Glen", "Hart", "Iron", "Kings", "Lang", "Mill", "North", "Oak", "Pen", "Queens", "Red", "Stan", "Thorn", "Upper", "Wal", "West", "Whit", "York"];
const placeEnds = ["bridge", "by", "combe", "field", "ford", "gate", "ham", "hill", "hurst", "ley", "mouth", "pool", "stead", "stoke", "ton", "wick", "well", "worth", "mere", "dale"];
const places = placeStarts.flatMap((start) => placeEnds.map((end) => `${start}${end}`));
const topics = [
  "unemployment", "knife crime", "house prices", "hospital waiting lists", "council tax", "private rents", "bus fares", "teacher vacancies", "burglaries", "wind power output",
  "energy bills", "school funding per pupil", "homelessness", "shoplifting", "police numbers", "food bank use", "child poverty", "rail delays", "carbon emissions", "library visits",
  "GP appointments", "ambulance response times", "fuel duty", "student debt", "apprenticeship starts", "social care costs", "broadband coverage", "river pollution incidents", "fly-tipping reports", "pothole repairs",
  "youth club closures", "dental registrations", "childcare costs", "housing completions", "tourism income", "business rates", "water bills", "air pollution deaths", "recycling rates", "mortgage approvals",
];
const changes = ["rose by", "fell by", "went up by", "dropped by", "increased by", "decreased by", "climbed", "slumped", "grew by", "shrank by", "jumped", "plunged"];
const amounts = (n: number) => [`${(n * 13) % 97}%`, `${(n * 7) % 61} per cent`, `£${((n * 31) % 900) + 1}m`, `${((n * 37) % 9000) + 100}`, `a third`, `${(n % 12) + 2} points`][n % 6];
const periods2 = ["since 2010", "last year", "in the past decade", "over five years", "since the pandemic", "in the year to March", "this winter", "since 2019", "in 2023", "over the summer", "between 2015 and 2022", "in the last quarter", "since the election", "in two years"];
const attributions = [
  (s: string, rest: string) => `${s} ${rest}, according to ${sources2[s.length % sources2.length]}.`,
  (s: string, rest: string) => `${sources2[rest.length % sources2.length]} said ${s.toLowerCase()} ${rest}.`,
  (s: string, rest: string) => `Figures from ${sources2[(s.length + rest.length) % sources2.length]} show ${s.toLowerCase()} ${rest}.`,
  (s: string, rest: string) => `${s} ${rest}.`,
];
const sources2 = ["the Home Office", "the council", "the Office for National Statistics", "the minister", "the health board", "campaigners", "Unison", "the Treasury", "Ofgem", "Shelter", "the opposition", "the mayor", "the Resolution Foundation", "the IFS", "the Met Office", "Citizens Advice", "the BMA", "the RAC", "Which?", "the Trussell Trust"];

/** Claim number n (deterministic): a sentence built from topics, places, changes, amounts, periods and ways of attributing. */
export function syntheticClaim(n: number): string {
  const topic = topics[n % topics.length];
  const place = places[(n * 7919) % places.length];
  const subject = `${topic[0].toUpperCase()}${topic.slice(1)} in ${place}`;
  const rest = `${changes[Math.floor(n / 7) % changes.length]} ${amounts(Math.floor(n / 3))} ${periods2[Math.floor(n / 11) % periods2.length]}`;
  return attributions[Math.floor(n / 13) % attributions.length](subject, rest);
}

/** 100,000 claims written as newsrooms write them (see syntheticClaim), inserted in batches with unnest. */
export async function seedManyClaims(databaseUrl: string, count = 100_000) {
  const reviewer = await benchUser("REVIEWER");
  const article = await db.$transaction((tx) => insertTrustedArticle(tx, { actorId: reviewer.id, input: { title: "Matching bench", html: "<p>Bench.</p>" } }));
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, select: { id: true } });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  for (let from = 0; from < count; from += 10_000) {
    const numbers = Array.from({ length: Math.min(10_000, count - from) }, (_, i) => from + i);
    await client.query(
      `INSERT INTO "Claim" ("id", "articleId", "revisionId", "quote", "prefix", "suffix", "startOffset", "endOffset", "occurrence", "statement", "createdById", "updatedAt", "tags", "status")
       SELECT 'm_' || n, $1, $2, q, '', '', 0, 10, 0, q, $3, now(), ARRAY['tag' || (n % 7)], (ARRAY['DRAFT','IN_REVIEW','VERIFIED']::"ClaimStatus"[])[1 + n % 3]
       FROM unnest($4::int[], $5::text[]) AS t(n, q)`,
      [article.id, revision.id, reviewer.id, numbers, numbers.map(syntheticClaim)],
    );
  }
  await client.query(`ANALYZE "Claim"`);
  await client.end();
  return { reviewer };
}

/** The stored claim the i-th query rewords. */
const original = (i: number) => i * 997;

/** Paraphrases of stored claims (reordered, reworded), as a new article would put them. */
const queries = Array.from({ length: 100 }, (_, i) => {
  const stored = syntheticClaim(original(i)).replace(/\.$/, "");
  // Reordered: the attribution moved to the front, or the period moved before the subject.
  const [claim, source] = stored.split(", according to ");
  return source ? `According to ${source}, ${claim.toLowerCase()}` : `${stored.split(" ").slice(-2).join(" ")}, ${stored.split(" ").slice(0, -2).join(" ").toLowerCase()}`;
});

async function timeMatching(indexes: boolean) {
  const times: number[] = [];
  let found = 0;
  for (const [i, text] of queries.entries()) {
    const [ms, matches] = await timed(() =>
      db.$transaction(async (tx) => {
        // Planned afresh under these settings: a prepared statement would keep its indexed plan.
        if (!indexes) await tx.$executeRaw`SELECT set_config('enable_bitmapscan', 'off', true), set_config('enable_indexscan', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)`;
        return queryMatches(tx, { text });
      }),
    );
    times.push(ms);
    found += matches[0]?.claimId === `m_${original(i)}` ? 1 : 0;
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), rankedFirst: found };
}

export async function benchMatching() {
  await timeMatching(true); // warm the caches
  const indexed = await timeMatching(true);
  const sequential = await timeMatching(false);
  return { indexed, sequential, queries: queries.length };
}

export async function benchSearch(reviewer: { id: string; email: string; name: string; role: "REVIEWER" }) {
  const terms = ["knife crime", "rents doubled", "waiting lists since 2010", "\"according to the Treasury\"", "40%", "homelessness -council", "energy bills winter", "library"];
  const times: number[] = [];
  let hits = 0;
  for (let round = 0; round < 5; round++) {
    for (const q of terms) {
      const [ms, result] = await timed(() => searchClaims({ actor: reviewer, input: { q } }));
      times.push(ms);
      if (round === 0) hits += result.total;
    }
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), searches: times.length, averageHits: Math.round(hits / terms.length) };
}
