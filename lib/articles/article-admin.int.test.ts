import { describe, expect, it } from "vitest";
import { exportClaims } from "@/lib/export/export-claims";
import { streamResponse } from "@/lib/http/stream-response";
import { db } from "@/lib/db/client";
import { expectAppError } from "@/tests/support/app-error";
import { createClaim } from "@/lib/claims/create-claim";
import { editArticleText } from "./edit-article-text";
import { makeArticle, selectionOf } from "@/tests/support/article-factory";
import { makeUser } from "@/tests/support/factories";
import { deleteArticle, listDeletedArticles, restoreArticle } from "./delete-article";
import { getArticle } from "./get-article";
import { listArticles } from "./list-articles";
import { updateArticleMetadata } from "./update-article-metadata";

describe("article details and deletion", () => {
  it("lets an editor correct a mistyped date, refusing five-digit years, with before and after audited", async () => {
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(editor);
    const typo = await expectAppError(updateArticleMetadata({ actor: editor, articleId: article.id, input: { publishedAt: "20260-01-01" } }));
    expect(typo.fields).toEqual({ publishedAt: "Enter a date as YYYY-MM-DD" });
    expect((await expectAppError(updateArticleMetadata({ actor: editor, articleId: article.id, input: { publishedAt: "0999-12-31" } }))).fields).toEqual({ publishedAt: "Enter a year between 1000 and 9999" });
    const fixed = await updateArticleMetadata({ actor: editor, articleId: article.id, input: { publishedAt: "2026-01-01", outlet: "Test Ledger (corrected)" } });
    expect(fixed).toMatchObject({ publishedAt: "2026-01-01", outlet: "Test Ledger (corrected)", title: "Bus plan" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "article.metadata", targetId: article.id } });
    expect(audit.data).toMatchObject({ before: { outlet: "Test Ledger", publishedAt: null }, after: { outlet: "Test Ledger (corrected)" } });
    const reviewer = await makeUser("REVIEWER");
    expect((await expectAppError(updateArticleMetadata({ actor: reviewer, articleId: article.id, input: { title: "Mine" } }))).code).toBe("forbidden");
  });

  it("lets an admin delete an article softly, out of the library, its page and exports, and restore it", async () => {
    const admin = await makeUser("ADMIN");
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(editor);
    expect((await expectAppError(deleteArticle({ actor: editor, articleId: article.id, input: { reason: "Duplicate" } }))).code).toBe("forbidden");
    await deleteArticle({ actor: admin, articleId: article.id, input: { reason: "Imported twice" } });
    expect((await listArticles({ actor: editor })).map((a) => a.id)).not.toContain(article.id);
    expect((await expectAppError(getArticle({ actor: editor, slug: article.slug }))).code).toBe("not_found");
    expect((await listDeletedArticles({ actor: admin })).find((a) => a.id === article.id)).toMatchObject({ deletionReason: "Imported twice", deletedBy: admin.name });
    await expect(db.$executeRaw`DELETE FROM "Article" WHERE "id" = ${article.id}`).rejects.toThrow(/refused/);
    const exported = await exportClaims({ actor: admin, params: new URLSearchParams({ articleId: article.id, status: "ALL", format: "json" }), appUrl: "https://desk.example" });
    expect(JSON.parse(await streamResponse(exported.chunks, {}).text())).toEqual([]);

    const onDeleted = await expectAppError(createClaim({ actor: editor, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, "Routes would fall") } }));
    expect(onDeleted.code).toBe("not_found");
    const edited = await expectAppError(editArticleText({ actor: admin, articleId: article.id, input: { baseRevisionId: article.revisionId, html: "<p>Edited while deleted.</p>" } }));
    expect(edited.code).toBe("not_found");

    await restoreArticle({ actor: admin, articleId: article.id });
    expect((await getArticle({ actor: editor, slug: article.slug })).id).toBe(article.id);
    expect(await db.auditEvent.count({ where: { targetId: article.id, action: { in: ["article.delete", "article.restore"] } } })).toBe(2);
  });
});

describe("library search", () => {
  it("treats % and _ as the characters they are, not as wildcards", async () => {
    const editor = await makeUser("EDITOR");
    const plain = await makeArticle(editor);
    const percent = await makeArticle(editor);
    await db.article.update({ where: { id: percent.id }, data: { title: "Rents up 40% in a year", outlet: "snake_case Weekly" } });
    const search = async (q: string) => (await listArticles({ actor: editor, search: q })).map((a) => a.id);
    expect(await search("%")).toEqual([percent.id]);
    expect(await search("_")).toEqual([percent.id]);
    expect(await search("40%")).toEqual([percent.id]);
    expect(await search("\\")).toEqual([]);
    expect(await search("Bus plan")).toContain(plain.id);
  });
});
