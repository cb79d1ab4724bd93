import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeArticle } from "@/tests/support/article-factory";
import { makeUser } from "@/tests/support/factories";
import { editArticleText } from "./edit-article-text";
import { getArticle } from "./get-article";
import { findArticleForPage } from "./load-article-page";

describe("getArticle, the article page's one statement", () => {
  it("reads the details, the snapshot, the latest revision and every revision, newest first, as they are stored", async () => {
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(editor);
    const snapshot = await db.snapshot.create({
      data: { requestedUrl: "https://example.org/bus-plan", finalUrl: "https://example.org/bus-plan", status: 200, contentType: "text/html", sha256: "0".repeat(64), byteSize: 11, body: Buffer.from("<p>page</p>"), createdById: editor.id },
      select: { id: true, capturedAt: true },
    });
    await db.article.update({ where: { id: article.id }, data: { snapshotId: snapshot.id, publishedAt: new Date("2026-03-04T00:00:00Z"), author: "Priya Nair" } });
    const second = await makeUser("EDITOR");
    await editArticleText({ actor: second, articleId: article.id, input: { baseRevisionId: article.revisionId, html: "<p>The council voted 7–2 on Tuesday — “again”.</p>" } });
    const stored = await db.articleRevision.findMany({ where: { articleId: article.id }, orderBy: { number: "desc" }, select: { id: true, number: true, doc: true, text: true, createdAt: true } });

    const read = await getArticle({ actor: editor, slug: article.slug });

    expect(read).toEqual({
      id: article.id,
      slug: article.slug,
      title: "Bus plan",
      outlet: "Test Ledger",
      author: "Priya Nair",
      url: null,
      publishedAt: new Date("2026-03-04T00:00:00Z"),
      snapshot: { id: snapshot.id, capturedAt: snapshot.capturedAt },
      latestRevisionNumber: 2,
      revisions: [
        { number: 2, createdAt: stored[0].createdAt.toISOString(), createdBy: second.name },
        { number: 1, createdAt: stored[1].createdAt.toISOString(), createdBy: editor.name },
      ],
      revision: { id: stored[0].id, number: 2, doc: stored[0].doc, text: stored[0].text },
    });
    expect((await getArticle({ actor: editor, slug: article.slug, revisionNumber: 1 })).revision).toEqual({ id: stored[1].id, number: 1, doc: stored[1].doc, text: stored[1].text });
  });

  it("answers not found for a revision that does not exist, even past the column's range, and for a deleted article", async () => {
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(editor);

    for (const revisionNumber of [7, 0, 2.5, Number.NaN, 2_147_483_648, 1e20]) {
      await expect(getArticle({ actor: editor, slug: article.slug, revisionNumber })).rejects.toMatchObject({ code: "not_found", message: "Revision not found" });
    }
    await db.article.update({ where: { id: article.id }, data: { deletedAt: new Date() } });
    expect(await findArticleForPage({ actor: editor, slug: article.slug })).toBeNull();
  });
});
