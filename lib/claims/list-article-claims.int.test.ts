import { describe, expect, it } from "vitest";
import { expectAppError } from "@/tests/support/app-error";
import { editArticleText } from "@/lib/articles/edit-article-text";
import { makeArticle, repeatedSentence, selectionOf, testArticleHtml } from "@/tests/support/article-factory";
import { makeUser } from "@/tests/support/factories";
import { summaryStatementLength } from "./claim-summary";
import { createClaim } from "./create-claim";
import { listArticleClaims, pageArticleClaims } from "./list-article-claims";
import { updateClaim } from "./update-claim";

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
    const summaries = await listArticleClaims({ actor: reviewer, articleId: article.id });
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
    const summaries = await listArticleClaims({ actor: editor, articleId: article.id });
    expect(summaries.filter((s) => s.orphanQuote !== null).map((s) => [s.id, s.anchorState, s.orphanQuote])).toEqual([[claims[0].id, "ORPHANED", "Routes would fall from 41 to 29"]]);
  });

  it("pages through the claims with a total counted in SQL", async () => {
    const { reviewer, article } = await articleWithClaims();
    const all = await listArticleClaims({ actor: reviewer, articleId: article.id });
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
});
