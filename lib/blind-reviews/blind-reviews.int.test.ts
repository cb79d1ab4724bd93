import { describe, expect, it } from "vitest";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { createClaim } from "@/lib/claims/create-claim";
import { getClaimDetail } from "@/lib/claims/get-claim-detail";
import { addSource } from "@/lib/claims/sources";
import { updateClaim } from "@/lib/claims/update-claim";
import { searchClaims } from "@/lib/claim-search/search-claims";
import { addComment } from "@/lib/comments/add-comment";
import { db } from "@/lib/db/client";
import { expectAppError } from "@/tests/support/app-error";
import { makeArticle, repeatedSentence, selectionOf } from "@/tests/support/article-factory";
import { highlightedClaims } from "@/tests/support/claim-factory";
import { makeUser } from "@/tests/support/factories";
import { holdTransaction, untilSomeoneWaitsForALock } from "@/tests/support/held-transaction";
import { adjudicateBlindReview, cancelBlindReview } from "./adjudicate-blind-review";
import { listClaimBlindReviews, listMyPendingBlindVerdicts } from "./list-blind-reviews";
import { requestArticleBlindVerdicts, requestBlindVerdicts } from "./request-blind-verdicts";
import { submitBlindVerdict } from "./submit-blind-verdict";

/** A draft with a verdict, rationale and source of its author's, and two reviewers to ask. */
async function setUp() {
  const author = await makeUser("REVIEWER");
  const editor = await makeUser("EDITOR");
  const [first, second] = [await makeUser("REVIEWER"), await makeUser("EDITOR")];
  const article = await makeArticle(author);
  const created = await createClaim({ actor: author, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, repeatedSentence, 0) } });
  const withVerdict = await updateClaim({ actor: author, claimId: created.id, input: { version: 1, changes: { verdictId: "verdict_true", rationale: "Author's own reading: zebrafinch." } } });
  const claim = await addSource({ actor: author, claimId: created.id, input: { url: "https://example.org/author", title: "Author's source" } });
  expect(withVerdict.verdict?.id).toBe("verdict_true");
  return { author, editor, first, second, article, claim };
}

const answer = (verdictId: string, url: string) => ({ verdictId, rationale: `Checked against ${url}`, sources: [{ url, title: "Timetable", stance: "REFUTES" }] });

describe("blind second verdicts", () => {
  it("hide every other verdict, and the claim's own, from the reviewers until all are in", async () => {
    const { author, editor, first, second, article, claim } = await setUp();
    const requested = await requestBlindVerdicts({ actor: editor, claimId: claim.id, input: { reviewerIds: [first.id, second.id] } });
    expect(requested.blindReview).toMatchObject({ complete: false });
    const [review] = await listClaimBlindReviews({ actor: editor, claimId: claim.id });
    expect(review.reviewers.map((r) => r.pending)).toEqual([true, true]);
    expect(await db.notification.count({ where: { kind: "BLIND_REQUESTED", claimId: claim.id } })).toBe(2);

    // A reviewer asked sees no verdict, rationale or sources on the claim, anywhere, nor what others
    // wrote about it; what they write themselves they see.
    await addComment({ actor: author, claimId: claim.id, input: { body: "I would call this False: the timetable says otherwise." } });
    await addComment({ actor: first, claimId: claim.id, input: { body: "Checking the timetable myself." } });
    const detail = await getClaimDetail({ actor: first, claimId: claim.id });
    expect(detail.claim).toMatchObject({ verdict: null, rationale: null, confidence: null, sources: [] });
    expect(detail.comments.map((c) => c.body)).toEqual(["Checking the timetable myself."]);
    expect((await getClaimDetail({ actor: second, claimId: claim.id })).comments).toEqual([]);
    expect((await getClaimDetail({ actor: editor, claimId: claim.id })).comments).toHaveLength(2);
    expect(detail.history.map((h) => h.field)).not.toContain("verdictId");
    expect((await highlightedClaims(first, article.id)).find((c) => c.id === claim.id)?.verdictId).toBeNull();
    expect((await searchClaims({ actor: first, input: { q: "zebrafinch" } })).total).toBe(0);
    expect((await searchClaims({ actor: author, input: { q: "zebrafinch" } })).total).toBe(1);
    // Changing the claim would answer with it: refused, unchanged.
    expect((await expectAppError(updateClaim({ actor: second, claimId: claim.id, input: { version: claim.version, changes: { tags: ["x"] } } }))).code).toBe("forbidden");

    await submitBlindVerdict({ actor: first, reviewId: review.id, input: answer("verdict_false", "https://example.org/timetable") });
    const seenBySecond = (await listClaimBlindReviews({ actor: second, claimId: claim.id }))[0];
    expect(seenBySecond.verdicts).toEqual([]);
    expect(seenBySecond.reviewers.find((r) => r.id === first.id)).toMatchObject({ submitted: true });
    expect((await listClaimBlindReviews({ actor: first, claimId: claim.id }))[0].verdicts.map((v) => v.reviewer.id)).toEqual([first.id]);
    expect((await listClaimBlindReviews({ actor: editor, claimId: claim.id }))[0].verdicts).toEqual([]);
    expect(await listMyPendingBlindVerdicts({ actor: second })).toMatchObject([{ reviewId: review.id, claim: { id: claim.id } }]);
    // The author, not asked, still works with their own claim but cannot answer.
    expect((await expectAppError(submitBlindVerdict({ actor: author, reviewId: review.id, input: answer("verdict_true", "https://example.org/x") }))).code).toBe("not_found");
    // Sealed once given.
    expect((await expectAppError(submitBlindVerdict({ actor: first, reviewId: review.id, input: answer("verdict_true", "https://example.org/x") }))).code).toBe("conflict");

    const done = await submitBlindVerdict({ actor: second, reviewId: review.id, input: answer("verdict_false", "https://example.org/minutes") });
    expect(done.state).toBe("complete");
    expect(done.verdicts.map((v) => v.verdict?.id)).toEqual(["verdict_false", "verdict_false"]);
    expect((await getClaimDetail({ actor: first, claimId: claim.id })).claim.verdict?.id).toBe("verdict_true");
    expect((await getClaimDetail({ actor: second, claimId: claim.id })).comments).toHaveLength(2);
    expect(await db.notification.count({ where: { kind: "BLIND_COMPLETE", userId: editor.id } })).toBe(1);

    // The database itself keeps what was given: no change to a given verdict, no deletion.
    const given = done.verdicts[0].id;
    await expect(db.$executeRaw`UPDATE "BlindVerdict" SET "verdictId" = 'verdict_true' WHERE "id" = ${given}`).rejects.toThrow(/refused/);
    await expect(db.$executeRaw`DELETE FROM "BlindVerdict" WHERE "id" = ${given}`).rejects.toThrow(/refused/);
    await expect(db.$executeRaw`DELETE FROM "BlindReview" WHERE "id" = ${review.id}`).rejects.toThrow(/refused/);
  });

  it("hold verification until an editor adjudicates; the final verdict then goes through normal verification", async () => {
    const { editor, first, second, claim } = await setUp();
    const asked = await requestBlindVerdicts({ actor: editor, claimId: claim.id, input: { reviewerIds: [first.id, second.id] } });
    const inReview = await changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: asked.version, status: "IN_REVIEW" } });
    const other = await makeUser("EDITOR");
    const early = await expectAppError(changeClaimStatus({ actor: other, claimId: claim.id, input: { version: inReview.version, status: "VERIFIED" } }));
    expect(early.fields).toMatchObject({ status: expect.stringContaining("Blind verdicts are open") });
    expect((await expectAppError(updateClaim({ actor: other, claimId: claim.id, input: { version: inReview.version, changes: { verdictId: "verdict_false" } } }))).code).toBe("conflict");

    const reviewId = asked.blindReview!.id;
    expect((await expectAppError(adjudicateBlindReview({ actor: editor, reviewId, input: { version: inReview.version, verdictId: "verdict_false", rationale: "Early" } }))).code).toBe("conflict");
    await submitBlindVerdict({ actor: first, reviewId, input: answer("verdict_false", "https://example.org/timetable") });
    const all = await submitBlindVerdict({ actor: second, reviewId, input: answer("verdict_mostly_false", "https://example.org/minutes") });

    const picked = all.verdicts.find((v) => v.reviewer.id === first.id)!;
    const reviewerRefused = await expectAppError(adjudicateBlindReview({ actor: first, reviewId, input: { version: inReview.version, fromVerdictId: picked.id } }));
    expect(reviewerRefused.code).toBe("forbidden");
    const settled = await adjudicateBlindReview({ actor: editor, reviewId, input: { version: inReview.version, fromVerdictId: picked.id } });
    expect(settled).toMatchObject({ status: "IN_REVIEW", verdict: { id: "verdict_false" }, rationale: picked.rationale, verdictSetBy: { id: editor.id }, blindReview: null });
    // The agreeing reviewer's source joins the claim's own; the other's does not.
    expect(settled.sources.map((s) => s.url)).toEqual(["https://example.org/author", "https://example.org/timetable"]);
    expect((await listClaimBlindReviews({ actor: first, claimId: claim.id }))[0]).toMatchObject({ state: "adjudicated", finalVerdict: { id: "verdict_false" }, adjudicatedBy: { id: editor.id } });

    // The adjudicator set the verdict: another editor verifies.
    expect((await expectAppError(changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: settled.version, status: "VERIFIED" } }))).code).toBe("forbidden");
    const verified = await changeClaimStatus({ actor: other, claimId: claim.id, input: { version: settled.version, status: "VERIFIED" } });
    expect(verified.status).toBe("VERIFIED");
  });

  it("refuse bad requests with field messages and keep one open request per claim", async () => {
    const { author, editor, first, second, claim } = await setUp();
    expect((await expectAppError(requestBlindVerdicts({ actor: author, claimId: claim.id, input: { reviewerIds: [first.id, second.id] } }))).code).toBe("forbidden");
    expect((await expectAppError(requestBlindVerdicts({ actor: editor, claimId: claim.id, input: { reviewerIds: [first.id] } }))).fields).toEqual({ reviewerIds: "Choose at least two reviewers" });
    expect((await expectAppError(requestBlindVerdicts({ actor: editor, claimId: claim.id, input: { reviewerIds: [first.id, first.id] } }))).fields).toEqual({ reviewerIds: "Choose each reviewer once" });
    const disabled = await makeUser("REVIEWER", { disabled: true });
    expect((await expectAppError(requestBlindVerdicts({ actor: editor, claimId: claim.id, input: { reviewerIds: [first.id, disabled.id] } }))).fields).toEqual({ reviewerIds: "Choose active people as reviewers" });

    const results = await Promise.allSettled([0, 1].map(() => requestBlindVerdicts({ actor: editor, claimId: claim.id, input: { reviewerIds: [first.id, second.id] } })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.blindReview.count({ where: { claimId: claim.id } })).toBe(1);

    const [review] = await listClaimBlindReviews({ actor: editor, claimId: claim.id });
    const badAnswer = await expectAppError(submitBlindVerdict({ actor: first, reviewId: review.id, input: { verdictId: "", rationale: " ", sources: [{ url: "javascript:alert(1)", title: "x" }] } }));
    expect(Object.keys(badAnswer.fields ?? {}).sort()).toEqual(["rationale", "sources.0.url", "verdictId"]);
    expect(await db.blindVerdict.count({ where: { reviewId: review.id, submittedAt: { not: null } } })).toBe(0);

    const cancelled = await cancelBlindReview({ actor: editor, reviewId: review.id, input: { reason: "Asked the wrong desk" } });
    expect(cancelled.blindReview).toBeNull();
    expect((await getClaimDetail({ actor: first, claimId: claim.id })).claim.verdict?.id).toBe("verdict_true");
    expect((await expectAppError(submitBlindVerdict({ actor: first, reviewId: review.id, input: answer("verdict_true", "https://example.org/x") }))).code).toBe("conflict");
    expect(await db.blindReview.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("ask for every claim of an article that can take a request, in one transaction", async () => {
    const { editor, first, second, article, claim } = await setUp();
    const other = await createClaim({ actor: editor, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, repeatedSentence, 1) } });
    await requestBlindVerdicts({ actor: editor, claimId: other.id, input: { reviewerIds: [first.id, second.id] } });
    const result = await requestArticleBlindVerdicts({ actor: editor, articleId: article.id, input: { reviewerIds: [first.id, second.id] } });
    expect(result).toEqual({ requested: 1, skipped: 1 });
    expect(await db.blindReview.count({ where: { claimId: claim.id } })).toBe(1);
    expect((await expectAppError(requestArticleBlindVerdicts({ actor: editor, articleId: "nope", input: { reviewerIds: [first.id, second.id] } }))).code).toBe("not_found");
  });

  it("an article-wide request that waits behind another request skips the claim that request opened", async () => {
    const { editor, first, second, article, claim } = await setUp();
    // A request for the one claim, caught between its lock and its commit.
    const single = await holdTransaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Claim" WHERE "id" = ${claim.id} FOR UPDATE`;
      return tx.blindReview.create({ data: { claimId: claim.id, requestedById: editor.id }, select: { id: true } });
    });
    const articleWide = requestArticleBlindVerdicts({ actor: editor, articleId: article.id, input: { reviewerIds: [first.id, second.id] } });
    await untilSomeoneWaitsForALock();
    await single.commit();

    expect(await articleWide).toEqual({ requested: 0, skipped: 1 });
    expect(await db.blindReview.count({ where: { claimId: claim.id } })).toBe(1);
  });
});
