import { describe, expect, it } from "vitest";
import { closeDocumentPool } from "@/lib/articles/prepare-document";
import { editArticleText } from "@/lib/articles/edit-article-text";
import { db } from "@/lib/db/client";
import { makeArticle } from "@/tests/support/article-factory";
import { makeUser } from "@/tests/support/factories";
import { afterAll } from "vitest";
import { listArticleHints } from "./list-hints";
import { scoreRevision } from "./score-revision";

afterAll(() => closeDocumentPool());

const queued = (revisionId: string) => db.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM graphile_worker.jobs WHERE key = ${`hints:${revisionId}`}`;

describe("hints for a revision", () => {
  it("are queued with the revision, scored in the worker pool and replaced on the next run", async () => {
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(editor, "<p>Council tax will rise by 4.99% in April, the council said.</p><p>It was a grey morning in Leeds.</p>");
    expect(Number((await queued(article.revisionId))[0].count)).toBe(1);
    expect((await listArticleHints({ actor: editor, articleId: article.id })).state).toBe("scoring");
    await scoreRevision({ revisionId: article.revisionId });
    await scoreRevision({ revisionId: article.revisionId }); // a retried job writes the same rows once
    const hints = await listArticleHints({ actor: editor, articleId: article.id });
    expect(hints.state).toBe("ready");
    expect(hints.hints.map((h) => h.text)).toEqual(["Council tax will rise by 4.99% in April, the council said."]);
    expect(hints.hints[0].reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(["percentage", "trend", "attribution"]));
    expect(article.text.slice(hints.hints[0].start, hints.hints[0].end)).toBe(hints.hints[0].text);
    const events = await db.deskEvent.findMany({ where: { articleId: article.id, kind: "article.hints" } });
    expect(events.length).toBe(2);

    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, select: { id: true } });
    await editArticleText({ actor: editor, articleId: article.id, input: { baseRevisionId: revision.id, html: "<p>Council tax will rise by 2% in April.</p>" } });
    const latest = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { number: "desc" }, select: { id: true } });
    expect(Number((await queued(latest.id))[0].count)).toBe(1);
    expect((await listArticleHints({ actor: editor, articleId: article.id })).state).toBe("scoring");
  });

  it("scores an article with no sentences as ready with no hints", async () => {
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(editor, "<p>—</p>");
    await scoreRevision({ revisionId: article.revisionId });
    expect(await listArticleHints({ actor: editor, articleId: article.id })).toMatchObject({ state: "ready", hints: [] });
  });
});
