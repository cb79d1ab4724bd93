import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addSource } from "@/lib/claims/sources";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { expectAppError } from "@/tests/support/app-error";
import { makeArticle, selectionOf } from "@/tests/support/article-factory";
import { makeUser } from "@/tests/support/factories";
import { markEnd, markStart, searchClaims } from "./search-claims";

const word = () => `qx${randomBytes(4).toString("hex")}`;

async function seedClaims() {
  const reviewer = await makeUser("REVIEWER");
  const tag = word();
  const sentences = [`Ferry fares to ${tag} rose by 40% last year.`, `Ferry fares to ${tag} rose by 400 pounds.`, `The ${tag} harbour has 12 berths.`, `Ferry_fares to ${tag} went up.`];
  const article = await makeArticle(reviewer, sentences.map((s) => `<p>${s}</p>`).join(""));
  const claims = [];
  for (const sentence of sentences) claims.push(await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, sentence) } }));
  return { reviewer, tag, article, claims };
}

describe("claim search", () => {
  it("ranks full-text matches across quote, rationale and sources, and marks the matched words", async () => {
    const { reviewer, tag, claims } = await seedClaims();
    await updateClaim({ actor: reviewer, claimId: claims[2].id, input: { version: 1, changes: { verdictId: "verdict_true", rationale: `The port authority lists 12 berths at ${tag}; ferries use four.` } } });
    await addSource({ actor: reviewer, claimId: claims[3].id, input: { url: "https://example.org/ferries", title: `${tag} ferry timetable`, quotedPassage: "Sailings every hour" } });
    const result = await searchClaims({ actor: reviewer, input: { q: `ferries ${tag}` } });
    expect(result.hits.map((h) => h.id).sort()).toEqual(claims.map((c) => c.id).sort());
    const byRationale = await searchClaims({ actor: reviewer, input: { q: `authority ${tag}` } });
    expect(byRationale.hits.map((h) => h.id)).toEqual([claims[2].id]);
    const bySource = await searchClaims({ actor: reviewer, input: { q: `"sailings every hour" ${tag}` } });
    expect(bySource.hits.map((h) => h.id)).toEqual([claims[3].id]);
    const fares = await searchClaims({ actor: reviewer, input: { q: `fares ${tag}` } });
    expect(fares.hits[0].quoteMarked).toContain(`${markStart}fares${markEnd}`);
  });

  it("takes % and _ literally, never as wildcards", async () => {
    const { reviewer, tag, claims } = await seedClaims();
    expect((await searchClaims({ actor: reviewer, input: { q: "40%", articleId: claims[0].articleId } })).hits.map((h) => h.id)).toEqual([claims[0].id]);
    expect((await searchClaims({ actor: reviewer, input: { q: "%", articleId: claims[0].articleId } })).hits.map((h) => h.id)).toEqual([claims[0].id]);
    expect((await searchClaims({ actor: reviewer, input: { q: "_", articleId: claims[0].articleId } })).hits.map((h) => h.id)).toEqual([claims[3].id]);
    expect((await searchClaims({ actor: reviewer, input: { q: `'; DROP TABLE "Claim"; -- ${tag}` } })).total).toBe(0);
    expect(await db.claim.count({ where: { id: claims[0].id } })).toBe(1);
  });

  it("filters by status, verdict, tag, article and date, and pages", async () => {
    const { reviewer, tag, claims, article } = await seedClaims();
    await updateClaim({ actor: reviewer, claimId: claims[1].id, input: { version: 1, changes: { tags: ["ferries"], verdictId: "verdict_false", rationale: "No." } } });
    const q = `ferry ${tag}`;
    expect((await searchClaims({ actor: reviewer, input: { q, tag: "ferries" } })).hits.map((h) => h.id)).toEqual([claims[1].id]);
    expect((await searchClaims({ actor: reviewer, input: { q, verdictId: "verdict_false" } })).hits.map((h) => h.id)).toEqual([claims[1].id]);
    expect((await searchClaims({ actor: reviewer, input: { q, status: "VERIFIED" } })).total).toBe(0);
    expect((await searchClaims({ actor: reviewer, input: { q, articleId: article.id } })).total).toBe(3);
    expect((await searchClaims({ actor: reviewer, input: { q, to: "2001-01-01" } })).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await searchClaims({ actor: reviewer, input: { q, from: today, to: today } })).total).toBe(3);
    const second = await searchClaims({ actor: reviewer, input: { q, page: "2" } });
    expect(second).toMatchObject({ total: 3, page: 2, hits: [] });
  });

  it("refuses empty and over-long searches and bad filters with field messages", async () => {
    const reviewer = await makeUser("REVIEWER");
    for (const input of [{}, { q: "   " }, { q: "x".repeat(201) }, { q: "a", status: "LOST" }, { q: "a", from: "yesterday" }, { q: "a", from: "2026-02-01", to: "2026-01-01" }, { q: "a", page: "0" }, { q: "a", sort: "x" }, { q: "a\u0000b" }]) {
      const error = await expectAppError(searchClaims({ actor: reviewer, input }));
      expect(error.code, JSON.stringify(input)).toBe("bad_request");
      expect(Object.keys(error.fields ?? {}).length).toBeGreaterThan(0);
    }
  });

  it("finds candidates through the GIN indexes (EXPLAIN)", async () => {
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const plan = (await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT "id" FROM "Claim" WHERE "searchVector" @@ websearch_to_tsquery('english', 'ferry fares') UNION SELECT "claimId" FROM "Source" WHERE "searchVector" @@ websearch_to_tsquery('english', 'ferry fares') UNION SELECT "id" FROM "Claim" WHERE "matchText" LIKE '%40\\%%'`)).map((r) => r["QUERY PLAN"]).join("\n");
      expect(plan).toContain("Claim_searchVector_idx");
      expect(plan).toContain("Source_searchVector_idx");
      expect(plan).toContain("Claim_matchText_trgm_idx");
    });
  });
});
