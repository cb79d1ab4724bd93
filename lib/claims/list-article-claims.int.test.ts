import { describe, expect, it } from "vitest";
import { describeRange } from "@/lib/anchoring/selectors";
import { deleteArticle } from "@/lib/articles/delete-article";
import { editArticleText } from "@/lib/articles/edit-article-text";
import { db } from "@/lib/db/client";
import { expectAppError } from "@/tests/support/app-error";
import { makeArticle, repeatedSentence, selectionOf, testArticleHtml } from "@/tests/support/article-factory";
import { highlightedClaims } from "@/tests/support/claim-factory";
import { makeUser } from "@/tests/support/factories";
import { anchorColumns } from "./anchor-columns";
import { claimListPage, summaryStatementLength } from "./claim-summary";
import { createClaim } from "./create-claim";
import { articleHighlights, countArticleClaims, firstArticleClaims, pageArticleClaims } from "./list-article-claims";
import { unpackClaimSummaries } from "./packed-summaries";
import { updateClaim } from "./update-claim";

/** Every claim through the list API, the JavaScript summaries the packed answer must match. */
const listed = async (actor: Awaited<ReturnType<typeof makeUser>>, articleId: string) => (await pageArticleClaims({ actor, articleId, query: { limit: "1000" } })).claims;

async function articleWithClaims() {
  const reviewer = await makeUser("REVIEWER");
  const article = await makeArticle(reviewer);
  const quotes = ["Routes would fall from 41 to 29", "RIVERSIDE", repeatedSentence, "She cited the agency’s model."];
  const claims = [];
  for (const quote of quotes) claims.push(await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, quote) } }));
  return { reviewer, article, claims };
}

describe("claim summaries for the article page and the list API", () => {
  it("lists every claim in reading order with ids for verdict and assignee, and a shortened statement", async () => {
    const { reviewer, article, claims } = await articleWithClaims();
    const long = "A".repeat(summaryStatementLength + 50);
    await updateClaim({ actor: reviewer, claimId: claims[0].id, input: { version: 1, changes: { verdictId: "verdict_false", rationale: "The route map says 31.", assigneeId: reviewer.id, statement: long } } });
    const summaries = await highlightedClaims(reviewer, article.id);
    expect(summaries).toEqual(await listed(reviewer, article.id));
    expect(summaries.map((s) => s.id)).toEqual([claims[1].id, claims[2].id, claims[0].id, claims[3].id]); // reading order
    expect(summaries.every((s) => s.orphanQuote === null)).toBe(true); // anchored: their text is in the article
    const edited = summaries.find((s) => s.id === claims[0].id)!;
    expect(edited).toMatchObject({ verdictId: "verdict_false", assigneeId: reviewer.id, status: "DRAFT", anchorState: "ANCHORED", revisionId: article.revisionId });
    expect(edited.statement).toHaveLength(summaryStatementLength);
    expect(edited.statement.endsWith("…")).toBe(true);
    expect(Object.keys(edited).sort()).toEqual(["anchorState", "assigneeId", "endOffset", "id", "orphanQuote", "revisionId", "startOffset", "statement", "status", "verdictId"]);
  });

  it("carries the quote of an orphaned claim only, whose text the article no longer shows", async () => {
    const { article, claims } = await articleWithClaims();
    const editor = await makeUser("EDITOR");
    const withoutRoutes = testArticleHtml.replace(/<p>Routes would fall[^<]*<\/p>/, "");
    await editArticleText({ actor: editor, articleId: article.id, input: { baseRevisionId: article.revisionId, html: withoutRoutes } });
    const summaries = await highlightedClaims(editor, article.id);
    expect(summaries).toEqual(await listed(editor, article.id));
    expect(summaries.filter((s) => s.orphanQuote !== null).map((s) => [s.id, s.anchorState, s.orphanQuote])).toEqual([[claims[0].id, "ORPHANED", "Routes would fall from 41 to 29"]]);
  });

  it("pages through the claims with a total counted in SQL", async () => {
    const { reviewer, article } = await articleWithClaims();
    const all = await highlightedClaims(reviewer, article.id);
    const first = await pageArticleClaims({ actor: reviewer, articleId: article.id, query: { limit: "3" } });
    expect(first).toMatchObject({ total: 4, limit: 3, offset: 0 });
    expect(first.claims.map((c) => c.id)).toEqual(all.slice(0, 3).map((c) => c.id));
    const rest = await pageArticleClaims({ actor: reviewer, articleId: article.id, query: { limit: "3", offset: "3" } });
    expect(rest.claims.map((c) => c.id)).toEqual([all[3].id]);
    expect((await pageArticleClaims({ actor: reviewer, articleId: article.id, query: {} })).claims).toHaveLength(4);
  });

  it("refuses a bad page with a field message", async () => {
    const { reviewer, article } = await articleWithClaims();
    for (const [query, field] of [
      [{ limit: "0" }, "limit"],
      [{ limit: "1001" }, "limit"],
      [{ limit: "ten" }, "limit"],
      [{ offset: "-1" }, "offset"],
      [{ page: "2" }, ""],
    ] as const) {
      const error = await expectAppError(pageArticleClaims({ actor: reviewer, articleId: article.id, query }));
      expect(error.code).toBe("validation");
      if (field) expect(Object.keys(error.fields ?? {})).toContain(field);
    }
  });

  it("packs what the browser unpacks into exactly the list's summaries, leaving out statements the text shows", async () => {
    const { reviewer, article, claims } = await articleWithClaims();
    // Words of its own past the summary's length, with characters outside the BMP where it is cut.
    const own = `${"🚌".repeat(80)} buses, not ${"x".repeat(100)}`;
    await updateClaim({ actor: reviewer, claimId: claims[3].id, input: { version: 1, changes: { statement: own, verdictId: "verdict_true", rationale: "The timetable agrees.", assigneeId: reviewer.id } } });
    const packed = JSON.parse(await articleHighlights({ actor: reviewer, articleId: article.id, query: { revisionId: article.revisionId } }));
    expect(packed.statement.filter((s: string | null) => s !== null)).toHaveLength(1);
    expect(packed.verdictIds).toEqual(["verdict_true"]);
    expect(packed.assigneeIds).toEqual([reviewer.id]);
    const summaries = unpackClaimSummaries(packed, article.text);
    expect(summaries).toEqual(await listed(reviewer, article.id));
    expect(summaries.find((s) => s.id === claims[3].id)?.statement).toHaveLength(summaryStatementLength);

    // Packed against the older text after an edit: the claims carried onto the new text say so, and still unpack right.
    const editor = await makeUser("EDITOR");
    await editArticleText({ actor: editor, articleId: article.id, input: { baseRevisionId: article.revisionId, html: testArticleHtml.replace("RIVERSIDE —", "RIVERSIDE, Ohio —") } });
    const againstOld = unpackClaimSummaries(JSON.parse(await articleHighlights({ actor: editor, articleId: article.id, query: { revisionId: article.revisionId } })), article.text);
    expect(againstOld).toEqual(await listed(editor, article.id));
    expect(await highlightedClaims(editor, article.id)).toEqual(await listed(editor, article.id));
  });

  it("carries the list's first rows on the article page and counts every claim", async () => {
    const { reviewer, article } = await articleWithClaims();
    const at = selectionOf(article.text, "Priya Nair");
    await db.claim.createMany({
      data: Array.from({ length: claimListPage + 5 }, () => ({ articleId: article.id, revisionId: article.revisionId, ...anchorColumns(describeRange(article.text, at.start, at.end)), statement: at.exact, createdById: reviewer.id })),
    });
    const every = await highlightedClaims(reviewer, article.id);
    expect(every).toHaveLength(claimListPage + 9);
    expect(await countArticleClaims({ actor: reviewer, articleId: article.id })).toBe(claimListPage + 9);
    expect(unpackClaimSummaries(await firstArticleClaims({ actor: reviewer, articleId: article.id, revisionId: article.revisionId }), article.text)).toEqual(every.slice(0, claimListPage));
  });

  it("answers the highlights of a revision of this article only, and none of a deleted article", async () => {
    const { reviewer, article } = await articleWithClaims();
    const other = await makeArticle(reviewer);
    const ask = (articleId: string, query: unknown) => expectAppError(articleHighlights({ actor: reviewer, articleId, query }));
    expect((await ask(article.id, { revisionId: other.revisionId })).code).toBe("not_found");
    expect((await ask(article.id, {})).fields).toHaveProperty("revisionId");
    expect((await ask(article.id, { revisionId: article.revisionId, limit: "5" })).code).toBe("validation");
    await deleteArticle({ actor: await makeUser("ADMIN"), articleId: article.id, input: { reason: "Duplicate import" } });
    expect((await ask(article.id, { revisionId: article.revisionId })).code).toBe("not_found");
  });
});
