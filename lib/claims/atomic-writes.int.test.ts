/**
 * Multi-row writes are all or nothing: a write made to fail half-way (its last statement
 * refused by a trigger in this test's own database) leaves no trace of its first statements.
 */
import { afterEach, describe, expect, it } from "vitest";
import { editArticleText } from "@/lib/articles/edit-article-text";
import { db } from "@/lib/db/client";
import { makeArticle, repeatedSentence, selectionOf, testArticleHtml } from "@/tests/support/article-factory";
import { makeUser } from "@/tests/support/factories";
import { createClaim } from "./create-claim";
import { addSource } from "./sources";

/** Makes PostgreSQL refuse history rows for one field: the last statement of the writes under test. */
async function refuseHistoryRows(field: string) {
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION "test_refuse_event"() RETURNS trigger AS $$
    BEGIN
      IF NEW."field" = '${field}' THEN RAISE EXCEPTION 'refused for the test'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`CREATE TRIGGER "test_refuse_event" BEFORE INSERT ON "ClaimEvent" FOR EACH ROW EXECUTE FUNCTION "test_refuse_event"()`);
}

afterEach(async () => {
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "test_refuse_event" ON "ClaimEvent"`);
});

describe("writes that fail half-way keep nothing", () => {
  it("adding a source: the source row, the version bump and the history go together", async () => {
    const reviewer = await makeUser("REVIEWER");
    const article = await makeArticle(reviewer);
    const claim = await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, "Routes would fall") } });
    await refuseHistoryRows("sources");
    await expect(addSource({ actor: reviewer, claimId: claim.id, input: { url: "https://example.org/s", title: "S" } })).rejects.toThrow();
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ version: 1, substanceChangedById: null });
  });

  it("an article edit: the revision, the moved anchors and their history go together", async () => {
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(editor);
    const claim = await createClaim({ actor: editor, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, repeatedSentence, 1) } });
    const changed = testArticleHtml.replace(`defended the estimate. ${repeatedSentence}`, `defended the estimate. ${repeatedSentence.replace("12", "13")}`);
    await refuseHistoryRows("quote");
    await expect(editArticleText({ actor: editor, articleId: article.id, input: { baseRevisionId: article.revisionId, html: `<p>New lede.</p>${changed}` } })).rejects.toThrow();
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(1);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ revisionId: article.revisionId, quote: repeatedSentence, anchorState: "ANCHORED" });
  });
});
