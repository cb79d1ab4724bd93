import { describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { makeArticle, repeatedSentence, selectionOf, testArticleHtml } from "@/tests/support/article-factory";
import { makeUser } from "@/tests/support/factories";
import { editArticleText } from "./edit-article-text";
import { getArticle } from "./get-article";

async function setup() {
  const editor = await makeUser("EDITOR");
  const article = await makeArticle(editor);
  const second = await createClaim({ actor: editor, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, repeatedSentence, 1) } });
  const routes = await createClaim({ actor: editor, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, "Routes would fall from 41 to 29") } });
  return { editor, article, second, routes };
}

describe("editing an article's text", () => {
  it("makes a new revision, keeps the old one viewable, and keeps claims on their sentence", async () => {
    const { editor, article, second } = await setup();
    const html = testArticleHtml.replace("RIVERSIDE — The council", "RIVERSIDE — After a long debate, the city council");
    const result = await editArticleText({ actor: editor, articleId: article.id, input: { baseRevisionId: article.revisionId, html } });
    expect(result).toMatchObject({ revisionNumber: 2, anchored: 2, needsReview: 0, orphaned: 0 });

    const latest = await getArticle({ actor: editor, slug: article.slug });
    expect(latest.revisions.map((r) => r.number)).toEqual([2, 1]);
    expect((await getArticle({ actor: editor, slug: article.slug, revisionNumber: 1 })).revision.text).toBe(article.text);

    const moved = await db.claim.findUniqueOrThrow({ where: { id: second.id } });
    expect(moved.revisionId).toBe(latest.revision.id);
    expect(moved.startOffset).toBe(selectionOf(latest.revision.text, repeatedSentence, 1).start);
    expect(moved.anchorState).toBe("ANCHORED");
  });

  it("orphans a claim whose sentence was deleted, keeps it, and says so in its history", async () => {
    const { editor, article, second, routes } = await setup();
    const html = testArticleHtml.replace(`estimate. ${repeatedSentence} She`, "estimate. She");
    const result = await editArticleText({ actor: editor, articleId: article.id, input: { baseRevisionId: article.revisionId, html } });
    expect(result).toMatchObject({ orphaned: 1, anchored: 1 });
    const orphan = await db.claim.findUniqueOrThrow({ where: { id: second.id } });
    expect(orphan).toMatchObject({ anchorState: "ORPHANED", quote: repeatedSentence, revisionId: article.revisionId });
    const event = await db.claimEvent.findFirstOrThrow({ where: { claimId: second.id, field: "anchorState" } });
    expect(event).toMatchObject({ newValue: "ORPHANED", reason: "Article edited (revision 2)" });
    expect((await db.claim.findUniqueOrThrow({ where: { id: routes.id } })).anchorState).toBe("ANCHORED");
  });

  it("flags a claim whose quoted words changed for re-review, recording the old quote", async () => {
    const { editor, article, routes } = await setup();
    const html = testArticleHtml.replace("Routes would fall from 41 to 29", "Routes would fall from 41 to 27");
    await editArticleText({ actor: editor, articleId: article.id, input: { baseRevisionId: article.revisionId, html } });
    const flagged = await db.claim.findUniqueOrThrow({ where: { id: routes.id } });
    expect(flagged).toMatchObject({ anchorState: "NEEDS_REVIEW", quote: "Routes would fall from 41 to 27" });
    const quoteEvent = await db.claimEvent.findFirstOrThrow({ where: { claimId: routes.id, field: "quote" } });
    expect(quoteEvent).toMatchObject({ oldValue: "Routes would fall from 41 to 29", newValue: "Routes would fall from 41 to 27" });
  });

  it("refuses an edit based on an old revision, and reviewers", async () => {
    const { editor, article } = await setup();
    await editArticleText({ actor: editor, articleId: article.id, input: { baseRevisionId: article.revisionId, html: `${testArticleHtml}<p>Update.</p>` } });
    const stale = await editArticleText({ actor: editor, articleId: article.id, input: { baseRevisionId: article.revisionId, html: testArticleHtml } }).catch((e) => e);
    expect(stale).toBeInstanceOf(AppError);
    expect(stale.code).toBe("conflict");
    const reviewer = await makeUser("REVIEWER");
    const denied = await editArticleText({ actor: reviewer, articleId: article.id, input: { baseRevisionId: article.revisionId, html: testArticleHtml } }).catch((e) => e);
    expect(denied.code).toBe("forbidden");
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(2);
  });
});
