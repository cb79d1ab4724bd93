import { describe, expect, it } from "vitest";
import { editArticleText } from "@/lib/articles/edit-article-text";
import { listArticles } from "@/lib/articles/list-articles";
import { db } from "@/lib/db/client";
import { expectAppError } from "@/tests/support/app-error";
import { makeArticle, repeatedSentence, selectionOf, testArticleHtml } from "@/tests/support/article-factory";
import { highlightedClaims } from "@/tests/support/claim-factory";
import { makeUser } from "@/tests/support/factories";
import { holdTransaction, untilSomeoneWaitsForALock } from "@/tests/support/held-transaction";
import { createClaim } from "./create-claim";
import { deleteClaim, restoreClaim } from "./delete-claim";
import { getClaimDetail } from "./get-claim-detail";

describe("no claim on a stale revision", () => {
  it("carries a selection made on the previous revision onto the latest one when its exact words are still there", async () => {
    const reviewer = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(reviewer);
    await editArticleText({ actor: editor, articleId: article.id, input: { baseRevisionId: article.revisionId, html: `<p>A new lede.</p>${testArticleHtml}` } });
    const latest = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id, number: 2 } });

    const carried = await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, repeatedSentence, 1) } });
    expect(carried).toMatchObject({ revisionId: latest.id, anchorState: "ANCHORED", quote: repeatedSentence, occurrence: 1 });
    expect(latest.text.slice(carried.startOffset, carried.endOffset)).toBe(repeatedSentence);
    expect(carried.startOffset).toBe(selectionOf(latest.text, repeatedSentence, 1).start);
  });

  it("refuses with 409 when the selected words are gone from the latest text, and writes nothing", async () => {
    const reviewer = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(reviewer);
    await editArticleText({ actor: editor, articleId: article.id, input: { baseRevisionId: article.revisionId, html: testArticleHtml.replace("41 to 29", "41 to 31") } });
    const error = await expectAppError(createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, "41 to 29") } }));
    expect(error).toMatchObject({ code: "conflict", message: expect.stringMatching(/edited since you selected/) });
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("a create that waits for an edit's lock lands on the revision that edit committed", async () => {
    const reviewer = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(reviewer);
    // An edit caught in the middle: the article locked and a newer revision written, not yet committed.
    const edit = await holdTransaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ${article.id} FOR UPDATE`;
      return tx.articleRevision.create({
        data: { articleId: article.id, number: 2, doc: {}, text: `A new lede.\n\n${article.text}`, createdById: editor.id },
        select: { id: true },
      });
    });

    const created = createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, "Routes would fall") } });
    await untilSomeoneWaitsForALock();
    const newRevision = await edit.commit();

    const claim = await created;
    expect(claim.revisionId).toBe(newRevision.id);
    expect(`A new lede.\n\n${article.text}`.slice(claim.startOffset, claim.endOffset)).toBe("Routes would fall");
  });

  it("never leaves an anchored claim on an older revision while edits and creates run in parallel", async () => {
    const reviewer = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(reviewer);
    const quotes = ["Routes would fall", "The council voted", "She cited the agency", "defended the estimate", "It is the biggest"];

    async function editRepeatedly(rounds: number) {
      for (let i = 0; i < rounds; i++) {
        const latest = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { number: "desc" }, select: { id: true } });
        await editArticleText({ actor: editor, articleId: article.id, input: { baseRevisionId: latest.id, html: `<p>Update ${i}.</p>${testArticleHtml}` } }).catch((e: unknown) => {
          if (!(e instanceof Error && "code" in e && e.code === "conflict")) throw e;
        });
      }
    }
    async function createRepeatedly(rounds: number) {
      for (let i = 0; i < rounds; i++) {
        // Each selection is made on whatever revision the reviewer last loaded.
        const seen = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { number: "desc" }, select: { id: true, text: true } });
        const quote = quotes[i % quotes.length];
        await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: seen.id, ...selectionOf(seen.text, quote) } }).catch((e: unknown) => {
          if (!(e instanceof Error && "code" in e && e.code === "conflict")) throw e;
        });
      }
    }
    await Promise.all([editRepeatedly(8), createRepeatedly(12), createRepeatedly(12), editRepeatedly(8)]);

    const latest = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { number: "desc" }, select: { id: true, number: true, text: true } });
    const claims = await db.claim.findMany({ where: { articleId: article.id } });
    expect(latest.number).toBeGreaterThan(1);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim.anchorState).toBe("ANCHORED");
      expect(claim.revisionId).toBe(latest.id);
      expect(latest.text.slice(claim.startOffset, claim.endOffset)).toBe(claim.quote);
    }
  });
});

describe("withdrawing and deleting claims", () => {
  async function setup() {
    const reviewer = await makeUser("REVIEWER");
    const article = await makeArticle(reviewer);
    const claim = await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, "Routes would fall") } });
    return { reviewer, article, claim };
  }

  it("lets a reviewer withdraw their own draft: kept for the audit trail, gone from lists, progress and the panel", async () => {
    const { reviewer, article, claim } = await setup();
    const other = await makeUser("REVIEWER");
    expect((await expectAppError(deleteClaim({ actor: other, claimId: claim.id, input: { reason: "Mine?" } }))).code).toBe("forbidden");
    expect((await expectAppError(deleteClaim({ actor: reviewer, claimId: claim.id, input: {} }))).fields).toHaveProperty("reason");

    await deleteClaim({ actor: reviewer, claimId: claim.id, input: { reason: "Selected the wrong sentence" } });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ deletedById: reviewer.id, deletionReason: "Selected the wrong sentence" });
    expect(await highlightedClaims(reviewer, article.id)).toEqual([]);
    expect((await listArticles({ actor: reviewer })).find((a) => a.id === article.id)?.claims.total).toBe(0);
    expect((await expectAppError(getClaimDetail({ actor: reviewer, claimId: claim.id }))).code).toBe("not_found");
    expect(await db.auditEvent.count({ where: { action: "claim.delete", targetId: claim.id } })).toBe(1);
  });

  it("lets an editor delete any claim but a verified one, and an admin restore it", async () => {
    const { reviewer, article, claim } = await setup();
    const editor = await makeUser("EDITOR");
    const admin = await makeUser("ADMIN");
    await db.claim.update({ where: { id: claim.id }, data: { status: "VERIFIED" } });
    expect((await expectAppError(deleteClaim({ actor: editor, claimId: claim.id, input: { reason: "Duplicate" } }))).code).toBe("conflict");
    await db.claim.update({ where: { id: claim.id }, data: { status: "IN_REVIEW" } });
    expect((await expectAppError(deleteClaim({ actor: reviewer, claimId: claim.id, input: { reason: "In review now" } }))).code).toBe("forbidden");
    await deleteClaim({ actor: editor, claimId: claim.id, input: { reason: "Duplicate of another claim" } });

    expect((await expectAppError(restoreClaim({ actor: editor, claimId: claim.id }))).code).toBe("forbidden");
    await restoreClaim({ actor: admin, claimId: claim.id });
    expect((await highlightedClaims(reviewer, article.id)).map((c) => c.id)).toEqual([claim.id]);
    const fields = (await db.claimEvent.findMany({ where: { claimId: claim.id, field: "deleted" }, orderBy: { createdAt: "asc" } })).map((e) => e.newValue);
    expect(fields).toEqual([true, false]);
  });
});
