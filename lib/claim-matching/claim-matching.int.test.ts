import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { requestBlindVerdicts } from "@/lib/blind-reviews/request-blind-verdicts";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db/client";
import { exportClaims } from "@/lib/export/export-claims";
import { expectAppError } from "@/tests/support/app-error";
import { makeArticle, selectionOf } from "@/tests/support/article-factory";
import { verifiedClaim } from "@/tests/support/claim-factory";
import { makeUser } from "@/tests/support/factories";
import { claimMatches, similarClaims } from "./claim-matches";
import { findMatches } from "./find-matches";
import { linkSameClaim } from "./link-claims";
import { reuseVerdict } from "./reuse-verdict";

/** A place name no other test uses, so matches come from this test's claims only. */
const place = () => `Zed${randomBytes(4).toString("hex")}ville`;

async function claimOn(actor: Awaited<ReturnType<typeof makeUser>>, sentence: string, title = "Report") {
  const article = await makeArticle(actor, `<p>${sentence}</p><p>Other news of the day.</p>`);
  await db.article.update({ where: { id: article.id }, data: { title, url: `https://news.example/${article.slug}`, publishedAt: new Date("2026-03-02") } });
  return createClaim({ actor, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, sentence) } });
}

describe("already checked: matching across articles", () => {
  it("finds a paraphrase with reordered words, another quote style and dashes, and ranks the same claim above a similar one", async () => {
    const reviewer = await makeUser("REVIEWER");
    const town = place();
    const earlier = await claimOn(reviewer, `Knife crime in ${town} fell by 40% in 2023 — the largest drop since 2001, according to the Home Office.`);
    const similar = await claimOn(reviewer, `Knife crime in ${town} rose by 12% in 2019, the council said.`);
    const matches = await findMatches({ actor: reviewer, text: `According to the home office, the largest drop since 2001 came in 2023, when knife crime in ${town.toUpperCase()} fell by 40% – a “record”.` });
    expect(matches[0]).toMatchObject({ claimId: earlier.id, strength: "same" });
    expect(matches.map((m) => m.claimId)).not.toContain(similar.id);
    const weaker = await findMatches({ actor: reviewer, text: `Knife crime in ${town} fell by 12% in 2019.` });
    expect(weaker.map((m) => m.claimId)).toEqual(expect.arrayContaining([similar.id]));
    expect(weaker.find((m) => m.claimId === similar.id)!.score).toBeGreaterThan(weaker.find((m) => m.claimId === earlier.id)?.score ?? 0);
  });

  it("finds nothing for an unrelated sentence, and leaves out deleted claims and the claim itself", async () => {
    const reviewer = await makeUser("REVIEWER");
    const town = place();
    const claim = await claimOn(reviewer, `Bus fares in ${town} doubled over five years, campaigners said.`);
    expect(await findMatches({ actor: reviewer, text: "Grey skies were forecast for the weekend." })).not.toEqual(expect.arrayContaining([expect.objectContaining({ claimId: claim.id })]));
    expect((await claimMatches({ actor: reviewer, claimId: claim.id })).matches?.map((m) => m.claimId)).not.toContain(claim.id);
    await db.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date() } });
    expect((await findMatches({ actor: reviewer, text: `Bus fares in ${town} doubled over five years` })).map((m) => m.claimId)).not.toContain(claim.id);
  });

  it("refuses an empty or over-long sentence with a field message", async () => {
    const reviewer = await makeUser("REVIEWER");
    expect((await expectAppError(similarClaims({ actor: reviewer, input: { text: "  " } }))).code).toBe("bad_request");
    expect((await expectAppError(similarClaims({ actor: reviewer, input: { text: "x".repeat(2001) } }))).code).toBe("bad_request");
  });

  it("looks candidates up through the full-text GIN index (EXPLAIN), with pg_trgm enabled by the migration", async () => {
    await db.$transaction(async (tx) => {
      // The test database is small: a sequential scan would be as cheap, so the planner is told not to.
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const candidates = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT "id" FROM "Claim" WHERE "searchVector" @@ '(''knife'' & ''crime'') | (''knife'' & ''40'')'::tsquery`);
      expect(candidates.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Claim_searchVector_idx");
    });
    const extension = await db.$queryRaw<{ extname: string }[]>`SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`;
    expect(extension).toHaveLength(1);
  });
});

describe("linking and reusing", () => {
  it("links claims as the same claim, merges groups, shows each other and lists every appearance in ClaimReview", async () => {
    const { reviewer, claim: verified } = await verifiedClaim();
    const editor = await makeUser("EDITOR");
    const town = place();
    const second = await claimOn(reviewer, `Rents in ${town} went up by 9% in a year.`, "Second report");
    const third = await claimOn(reviewer, `Rents in ${town} went up 9% in a year.`, "Third report");
    await linkSameClaim({ actor: reviewer, claimId: second.id, input: { claimId: verified.id } });
    await linkSameClaim({ actor: editor, claimId: third.id, input: { claimId: second.id } });
    const groups = await db.claim.findMany({ where: { id: { in: [verified.id, second.id, third.id] } }, select: { sameClaimGroupId: true } });
    expect(new Set(groups.map((g) => g.sameClaimGroupId)).size).toBe(1);
    expect((await claimMatches({ actor: reviewer, claimId: third.id })).linked.map((l) => l.claimId).sort()).toEqual([verified.id, second.id].sort());
    const history = await db.claimEvent.findMany({ where: { claimId: verified.id, field: "sameClaimAs" } });
    expect(history).toHaveLength(1);
    // A verified claim stays sealed: linking changed nothing of it but the group.
    expect(await db.claim.findUniqueOrThrow({ where: { id: verified.id }, select: { status: true, version: true } })).toEqual({ status: "VERIFIED", version: verified.version });

    const exported = await exportClaims({ actor: editor, params: new URLSearchParams({ format: "claimreview", articleId: verified.articleId }), appUrl: "https://desk.example" });
    let body = "";
    for await (const chunk of exported.chunks) body += chunk;
    const review = (JSON.parse(body) as { itemReviewed: { appearance: { headline: string; url?: string; datePublished?: string }[] } }[])[0];
    expect(review.itemReviewed.appearance.map((a) => a.headline)).toEqual(["Bus plan", "Second report", "Third report"]);
    expect(review.itemReviewed.appearance[1]).toMatchObject({ datePublished: "2026-03-02", url: expect.stringContaining("https://news.example/") });
  });

  it("shows a reviewer owing a blind verdict where else the claim appears, never the verdicts given there", async () => {
    const editor = await makeUser("EDITOR");
    const [first, second] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const town = place();
    const earlier = await claimOn(editor, `Bus fares in ${town} rose by 14% this spring.`, "Earlier report");
    const lookalike = await claimOn(editor, `Bus fares in ${town} rose 14% this spring.`, "Another report");
    const asked = await claimOn(editor, `Bus fares in ${town} rose by 14% this spring.`, "Later report");
    await db.claim.updateMany({ where: { id: { in: [earlier.id, lookalike.id] } }, data: { verdictId: "verdict_false" } });
    await linkSameClaim({ actor: editor, claimId: asked.id, input: { claimId: earlier.id } });
    await requestBlindVerdicts({ actor: editor, claimId: asked.id, input: { reviewerIds: [first.id, second.id] } });

    const seenByEditor = await claimMatches({ actor: editor, claimId: asked.id });
    expect(seenByEditor.verdictsHidden).toBe(false);
    expect(seenByEditor.linked.map((l) => l.verdictLabel)).toEqual(["False"]);
    expect(seenByEditor.matches?.find((m) => m.claimId === lookalike.id)?.verdict?.label).toBe("False");

    const seenByReviewer = await claimMatches({ actor: first, claimId: asked.id });
    expect(seenByReviewer.verdictsHidden).toBe(true);
    expect(seenByReviewer.linked.map((l) => [l.claimId, l.verdictLabel])).toEqual([[earlier.id, null]]);
    expect(seenByReviewer.matches?.map((m) => m.claimId)).toContain(lookalike.id);
    expect(seenByReviewer.matches?.every((m) => m.verdict === null)).toBe(true);
  });

  it("refuses to link a claim with itself or with a missing one", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await claimOn(reviewer, `Parking fines in ${place()} rose by £2m.`);
    expect((await expectAppError(linkSameClaim({ actor: reviewer, claimId: claim.id, input: { claimId: claim.id } }))).code).toBe("validation");
    expect((await expectAppError(linkSameClaim({ actor: reviewer, claimId: claim.id, input: { claimId: "nope" } }))).code).toBe("validation");
    expect((await expectAppError(linkSameClaim({ actor: reviewer, claimId: "nope", input: { claimId: claim.id } }))).code).toBe("not_found");
  });

  it("reuses a verdict and sources as a draft that someone else must verify, with a link back", async () => {
    const { claim: verified } = await verifiedClaim();
    const reviewer = await makeUser("REVIEWER");
    const draft = await claimOn(reviewer, `Fares in ${place()} went up 7% this year.`);
    const reused = await reuseVerdict({ actor: reviewer, claimId: draft.id, input: { fromClaimId: verified.id, version: draft.version } });
    expect(reused).toMatchObject({ status: "DRAFT", verdict: { id: "verdict_mostly_false" }, rationale: verified.rationale, version: draft.version + 1 });
    expect(reused.sources.map((s) => s.url)).toEqual(verified.sources.map((s) => s.url));
    expect(reused.sources[0].archiveStatus).toBe("PENDING");
    expect(reused.substanceChangedById).toBe(reviewer.id);
    expect((await claimMatches({ actor: reviewer, claimId: draft.id })).reusedFrom?.claimId).toBe(verified.id);
    // Stale version, verified target, claim without verdict: clear refusals, nothing written.
    expect((await expectAppError(reuseVerdict({ actor: reviewer, claimId: draft.id, input: { fromClaimId: verified.id, version: draft.version } }))).code).toBe("conflict");
    expect((await expectAppError(reuseVerdict({ actor: reviewer, claimId: verified.id, input: { fromClaimId: draft.id, version: verified.version } }))).code).toBe("forbidden");
    const editor = await makeUser("EDITOR");
    expect((await expectAppError(reuseVerdict({ actor: editor, claimId: verified.id, input: { fromClaimId: draft.id, version: verified.version } }))).code).toBe("conflict");
    const other = await claimOn(reviewer, `Tolls in ${place()} fell by half.`);
    const fresh = await claimOn(reviewer, `Tolls in ${place()} rose by half.`);
    expect((await expectAppError(reuseVerdict({ actor: reviewer, claimId: fresh.id, input: { fromClaimId: other.id, version: fresh.version } }))).code).toBe("validation");
    expect(await db.source.count({ where: { claimId: fresh.id } })).toBe(0);
  });
});
