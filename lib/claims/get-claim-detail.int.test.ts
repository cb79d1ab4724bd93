import { describe, expect, it } from "vitest";
import { requestBlindVerdicts } from "@/lib/blind-reviews/request-blind-verdicts";
import { addComment } from "@/lib/comments/add-comment";
import { db } from "@/lib/db/client";
import { publishClaim } from "@/lib/publishing/publish-claims";
import { makeArticle, selectionOf } from "@/tests/support/article-factory";
import { makeUser } from "@/tests/support/factories";
import { changeClaimStatus } from "./change-claim-status";
import { createClaim } from "./create-claim";
import { getClaimDetail } from "./get-claim-detail";
import { reloadClaim } from "./load-claim";
import { addSource, retractSource } from "./sources";
import { updateClaim } from "./update-claim";

const iso = (date: Date) => date.toISOString();

/** The panel's claim as Prisma reads it (reloadClaim, toClaimDto), and the rest of the detail read through Prisma too: the reference. */
async function detailThroughPrisma(claimId: string) {
  const claim = await db.$transaction((tx) => reloadClaim(tx, claimId));
  const person = { select: { id: true, name: true } } as const;
  const verifications = await db.verification.findMany({
    where: { claimId },
    orderBy: [{ verifiedAt: "desc" }, { id: "asc" }],
    select: { id: true, verifiedAt: true, revisionNumber: true, hash: true, content: true, verifiedBy: person },
  });
  const comments = await db.comment.findMany({ where: { claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, body: true, createdAt: true, author: person } });
  const history = await db.claimEvent.findMany({
    where: { claimId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, field: true, oldValue: true, newValue: true, reason: true, createdAt: true, actor: person },
  });
  return {
    claim,
    verifications: verifications.map((v) => ({ ...v, verifiedAt: iso(v.verifiedAt) })),
    comments: comments.map((c) => ({ ...c, createdAt: iso(c.createdAt) })),
    history: history.map((e) => ({ ...e, createdAt: iso(e.createdAt) })),
  };
}

describe("the claim detail built by PostgreSQL", () => {
  it("is what Prisma's read gives: people, verdict, sealed verification, evidence with its archive, publication, comments and history", async () => {
    const reviewer = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(reviewer, "<p>Ferry fares rose 14% in 2025 — “the steepest rise”, the operator said 🚢.</p>");
    const claim = await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, "Ferry fares rose 14% in 2025") } });
    await updateClaim({
      actor: reviewer,
      claimId: claim.id,
      input: { version: 1, changes: { verdictId: "verdict_false", rationale: "The tariff table says 9%.\nSee line 3.", claimant: "The operator", claimDate: "2025-12-31", confidence: "HIGH", tags: ["transport", "prices"] } },
    });
    let { version } = await addSource({ actor: reviewer, claimId: claim.id, input: { url: "https://stats.example/fares", title: "Tariffs, “2025”", quotedPassage: "+9% on all routes", accessedAt: "2026-01-05", kind: "PRIMARY_DATA", stance: "REFUTES" } });
    ({ version } = await addSource({ actor: reviewer, claimId: claim.id, input: { url: "https://news.example/old", title: "Withdrawn", kind: "OTHER", stance: "SUPPORTS" } }));
    const sources = await db.source.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: "asc" } });
    ({ version } = await retractSource({ actor: reviewer, claimId: claim.id, sourceId: sources[1].id, input: { reason: "Wrong page" } }));
    const snapshot = await db.snapshot.create({
      data: { requestedUrl: sources[0].url, finalUrl: sources[0].url, status: 200, contentType: "text/html", sha256: "a".repeat(64), byteSize: 3, body: Buffer.from("abc") },
    });
    await db.source.update({ where: { id: sources[0].id }, data: { snapshotId: snapshot.id, archiveStatus: "ARCHIVED", passageFound: true } });
    await addComment({ actor: editor, claimId: claim.id, input: { body: "Checked the tariff PDF — looks right." } });
    await addComment({ actor: reviewer, claimId: claim.id, input: { body: "Thanks!" } });
    const inReview = await changeClaimStatus({ actor: reviewer, claimId: claim.id, input: { version, status: "IN_REVIEW" } });
    await changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: inReview.version, status: "VERIFIED" } });
    await publishClaim({ actor: editor, claimId: claim.id });

    const detail = await getClaimDetail({ actor: editor, claimId: claim.id });
    const reference = await detailThroughPrisma(claim.id);
    expect(detail).toEqual({ ...reference, blindReviews: [] });
    // What the comparison rests on is really there.
    expect(detail.claim).toMatchObject({ status: "VERIFIED", claimDate: "2025-12-31", commentCount: 2, verifiedBy: { id: editor.id, name: editor.name } });
    expect(detail.claim.sources).toHaveLength(1);
    expect(detail.claim.sources[0].snapshot?.id).toBe(snapshot.id);
    expect(detail.claim.publication?.path).toMatch(/^\/f\//);
    expect(detail.verifications).toHaveLength(1);
    expect(detail.history.length).toBeGreaterThan(5);
  });

  it("is what Prisma's read gives for a bare draft, and with an open request for blind verdicts", async () => {
    const reviewer = await makeUser("REVIEWER");
    const second = await makeUser("REVIEWER");
    const third = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(reviewer, "<p>The bridge will reopen in May, officials said.</p>");
    const claim = await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, "The bridge will reopen in May") } });
    const bare = await getClaimDetail({ actor: reviewer, claimId: claim.id });
    expect(bare).toEqual({ ...(await detailThroughPrisma(claim.id)), blindReviews: [] });
    expect(bare.claim).toMatchObject({ verdict: null, assignee: null, verification: null, publication: null, blindReview: null, claimDate: null, sources: [], commentCount: 0 });

    await requestBlindVerdicts({ actor: editor, claimId: claim.id, input: { reviewerIds: [second.id, third.id] } });
    const seenByEditor = await getClaimDetail({ actor: editor, claimId: claim.id });
    const { claim: reference } = await detailThroughPrisma(claim.id);
    expect(seenByEditor.claim).toEqual(reference);
    expect(seenByEditor.claim.blindReview).toEqual({ id: seenByEditor.blindReviews[0].id, complete: false });
  });

  it("answers 404 for a deleted claim or an unknown id", async () => {
    const reviewer = await makeUser("REVIEWER");
    await expect(getClaimDetail({ actor: reviewer, claimId: "no-such-claim" })).rejects.toMatchObject({ code: "not_found" });
  });
});
