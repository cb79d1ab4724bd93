import { describe, expect, it } from "vitest";
import { editArticleText } from "@/lib/articles/edit-article-text";
import type { Actor } from "@/lib/auth/permissions";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { getClaimDetail } from "@/lib/claims/get-claim-detail";
import { listMentions } from "@/lib/comments/list-mentions";
import { addSource, retractSource } from "@/lib/claims/sources";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { expectAppError } from "@/tests/support/app-error";
import { repeatedSentence, selectionOf, testArticleHtml } from "@/tests/support/article-factory";
import { refutingSource as source, verifiedClaim } from "@/tests/support/claim-factory";
import { makeUser } from "@/tests/support/factories";
import { sealedHash, type SealedContent } from "./sealed-content";

const stored = (id: string) => db.claim.findUniqueOrThrow({ where: { id }, include: { sources: true } });

describe("a verification is a sealed record", () => {
  it("writes who, when, the text and the full evidence, with a hash anyone can recompute", async () => {
    const { reviewer, editor, article, claim } = await verifiedClaim();
    expect(claim.verification).toMatchObject({ revisionNumber: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const row = await db.verification.findUniqueOrThrow({ where: { id: claim.verification!.id } });
    const content = row.content as unknown as SealedContent;
    expect(content).toMatchObject({
      claimId: claim.id,
      statement: repeatedSentence,
      claimant: "Priya Nair",
      verdict: { id: "verdict_mostly_false", label: "Mostly false", rating: 2, bestRating: 5, worstRating: 1 },
      rationale: "The model says 4 to 7 minutes.",
      anchor: { quote: repeatedSentence, revisionId: article.revisionId, revisionNumber: 1, start: selectionOf(article.text, repeatedSentence, 1).start },
      verdictSetBy: { id: reviewer.id },
      verifiedBy: { id: editor.id, name: editor.name },
      verifiedAt: row.verifiedAt.toISOString(),
    });
    expect(content.sources).toEqual([expect.objectContaining({ url: source.url, title: source.title, quotedPassage: source.quotedPassage, kind: "PRIMARY_DATA", stance: "REFUTES", addedBy: { id: reviewer.id, name: reviewer.name } })]);
    // jsonb reorders keys; the RFC 8785 canonical form does not care.
    expect(sealedHash(content)).toBe(row.hash);
    expect(sealedHash({ ...content, rationale: "Something else" })).not.toBe(row.hash);
  });

  it("cannot be changed or deleted, even by SQL", async () => {
    const { claim } = await verifiedClaim();
    const id = claim.verification!.id;
    await expect(db.$executeRaw`UPDATE "Verification" SET "hash" = 'forged' WHERE "id" = ${id}`).rejects.toThrow(/refused/);
    await expect(db.$executeRaw`DELETE FROM "Verification" WHERE "id" = ${id}`).rejects.toThrow(/refused/);
    await expect(db.$executeRaw`DELETE FROM "Source" WHERE "claimId" = ${claim.id}`).rejects.toThrow(/refused/);
    await expect(db.$executeRaw`DELETE FROM "Claim" WHERE "id" = ${claim.id}`).rejects.toThrow(/refused/);
    expect(await db.verification.count({ where: { id } })).toBe(1);
  });
});

describe("while Verified, the substance is frozen", () => {
  it.each([
    ["statement", { statement: "Rewritten after the fact" }],
    ["claimant", { claimant: "Someone else" }],
    ["claimDate", { claimDate: "2026-01-02" }],
    ["verdict", { verdictId: "verdict_true" }],
    ["rationale", { rationale: "A quieter rationale" }],
    ["confidence", { confidence: "HIGH" }],
  ])("refuses a change to the %s with 409 and writes nothing", async (_field, changes) => {
    const { editor, claim } = await verifiedClaim();
    const before = await stored(claim.id);
    const eventsBefore = await db.claimEvent.count({ where: { claimId: claim.id } });
    for (const actor of [editor, await makeUser("ADMIN")]) {
      const error = await expectAppError(updateClaim({ actor, claimId: claim.id, input: { version: claim.version, changes, reason: "Small fix" } }));
      expect(error).toMatchObject({ code: "conflict", message: expect.stringMatching(/Reopen it/) });
    }
    expect(await stored(claim.id)).toEqual(before);
    expect(await db.claimEvent.count({ where: { claimId: claim.id } })).toBe(eventsBefore);
  });

  it("refuses adding or removing evidence, but lets tags and the assignee change", async () => {
    const { editor, reviewer, claim } = await verifiedClaim();
    const sourceId = (await stored(claim.id)).sources[0].id;
    expect((await expectAppError(addSource({ actor: editor, claimId: claim.id, input: source }))).code).toBe("conflict");
    expect((await expectAppError(retractSource({ actor: editor, claimId: claim.id, sourceId, input: { reason: "Oops" } }))).code).toBe("conflict");
    expect((await stored(claim.id)).sources).toHaveLength(1);
    const retagged = await updateClaim({ actor: editor, claimId: claim.id, input: { version: claim.version, changes: { tags: ["transit"], assigneeId: editor.id } } });
    expect(retagged).toMatchObject({ status: "VERIFIED", tags: ["transit"], assignee: { id: editor.id }, verification: { id: claim.verification!.id } });
    expect(reviewer.id).not.toBe(editor.id);
  });

  it("reopens with a reason, keeps the seal, and needs someone other than the last editor to verify again", async () => {
    const { editor, claim } = await verifiedClaim();
    const noReason = await expectAppError(changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: claim.version, status: "IN_REVIEW" } }));
    expect(noReason.fields).toHaveProperty("reason");
    const reopened = await changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: claim.version, status: "IN_REVIEW", reason: "New census data" } });
    expect(reopened).toMatchObject({ status: "IN_REVIEW", verification: null, verifiedBy: null });
    expect(await db.verification.count({ where: { claimId: claim.id } })).toBe(1);

    const changed = await updateClaim({ actor: editor, claimId: claim.id, input: { version: reopened.version, changes: { rationale: "The census shows 3 minutes." } } });
    const selfVerify = await expectAppError(changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: changed.version, status: "VERIFIED" } }));
    expect(selfVerify).toMatchObject({ code: "forbidden", message: expect.stringMatching(/another editor/) });

    const second = await makeUser("EDITOR");
    const again = await changeClaimStatus({ actor: second, claimId: claim.id, input: { version: changed.version, status: "VERIFIED" } });
    expect(again.verification!.id).not.toBe(claim.verification!.id);
    const { verifications, history } = await getClaimDetail({ actor: second, claimId: claim.id });
    expect(verifications.map((v) => v.content.rationale)).toEqual(["The census shows 3 minutes.", "The model says 4 to 7 minutes."]);
    expect(history.find((h) => h.field === "status" && h.oldValue === "VERIFIED")?.reason).toBe("New census data");
  });
});

describe("evidence is never destroyed", () => {
  it("retracts a source with who, when and why; the earlier seal still cites it", async () => {
    const { editor, claim } = await verifiedClaim();
    const reopened = await changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: claim.version, status: "IN_REVIEW", reason: "Source withdrawn" } });
    const sourceId = reopened.sources[0].id;
    expect((await expectAppError(retractSource({ actor: editor, claimId: claim.id, sourceId, input: {} }))).fields).toHaveProperty("reason");
    const after = await retractSource({ actor: editor, claimId: claim.id, sourceId, input: { reason: "The agency withdrew the model" } });
    expect(after.sources).toEqual([]);
    expect(await db.source.findUniqueOrThrow({ where: { id: sourceId } })).toMatchObject({ retractedById: editor.id, retractionReason: "The agency withdrew the model", retractedAt: expect.any(Date) });
    const seal = await db.verification.findUniqueOrThrow({ where: { id: claim.verification!.id } });
    expect((seal.content as unknown as SealedContent).sources.map((s) => s.id)).toEqual([sourceId]);
    const event = await db.claimEvent.findFirstOrThrow({ where: { claimId: claim.id, field: "sources", reason: "The agency withdrew the model" } });
    expect(event.oldValue).toMatchObject({ id: sourceId });
  });
});

describe("article edits reopen what they touch", () => {
  const editTo = (actor: Actor, articleId: string, baseRevisionId: string, html: string) => editArticleText({ actor, articleId, input: { baseRevisionId, html } });

  it("keeps a verification whose exact quote survives, and reopens one whose sentence was deleted, notifying its people", async () => {
    const { reviewer, editor, article, claim } = await verifiedClaim();
    const admin = await makeUser("ADMIN");
    const kept = await editTo(admin, article.id, article.revisionId, `<p>Added first.</p>${testArticleHtml}`);
    expect(kept).toMatchObject({ anchored: 1, reopened: 0, flagged: [] });
    expect(await stored(claim.id)).toMatchObject({ status: "VERIFIED", anchorState: "ANCHORED", verificationId: claim.verification!.id });

    const latest = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { number: "desc" } });
    const withoutSecondCopy = `<p>Added first.</p>${testArticleHtml.replace(`defended the estimate. ${repeatedSentence}`, "defended the estimate.")}`;
    const result = await editTo(admin, article.id, latest.id, withoutSecondCopy);
    expect(result).toMatchObject({ orphaned: 1, reopened: 1, flagged: [{ id: claim.id, state: "ORPHANED", reopened: true }] });
    expect(await stored(claim.id)).toMatchObject({ status: "IN_REVIEW", anchorState: "ORPHANED", verificationId: null, verifiedById: null });
    expect(await db.verification.count({ where: { claimId: claim.id } })).toBe(1);
    const statusEvent = await db.claimEvent.findFirstOrThrow({ where: { claimId: claim.id, field: "status", newValue: { equals: "IN_REVIEW" }, oldValue: { equals: "VERIFIED" } } });
    expect(statusEvent.reason).toMatch(/Moved after an article edit \(revision 3\): its quoted text is no longer in the article/);
    for (const person of [editor, reviewer]) {
      const mentions = await listMentions({ actor: person });
      expect(mentions.map((m) => m.claim.id)).toContain(claim.id);
    }
  });

  it("reopens a verified claim whose quoted words changed", async () => {
    const { article, claim } = await verifiedClaim();
    const admin = await makeUser("ADMIN");
    const changedNumber = testArticleHtml.replace(`defended the estimate. ${repeatedSentence}`, `defended the estimate. ${repeatedSentence.replace("12", "13")}`);
    const result = await editTo(admin, article.id, article.revisionId, changedNumber);
    expect(result.flagged).toEqual([{ id: claim.id, statement: repeatedSentence, state: "NEEDS_REVIEW", reopened: true }]);
    expect(await stored(claim.id)).toMatchObject({ status: "IN_REVIEW", anchorState: "NEEDS_REVIEW", quote: repeatedSentence.replace("12", "13") });
  });
});
