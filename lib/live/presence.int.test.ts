import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { expectAppError } from "@/tests/support/app-error";
import { makeArticle } from "@/tests/support/article-factory";
import { makeUser } from "@/tests/support/factories";
import { closeDeskListener, onDeskEvent, type DeskNotice } from "./desk-listener";
import { initialsOf, leave, markPresent, presenceTtlMs, prunePresence, whoIsHere } from "./presence";

afterAll(() => closeDeskListener());

describe("presence", () => {
  it("shows who has the article open and which claim, announcing changes but not every heartbeat", async () => {
    const reviewer = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(reviewer);
    const notices: DeskNotice[] = [];
    const unsubscribe = await onDeskEvent(article.id, (notice) => notices.push(notice));

    await markPresent({ actor: reviewer, articleId: article.id, input: { tabId: "reviewer-tab-1" } });
    const present = await markPresent({ actor: editor, articleId: article.id, input: { tabId: "editor-tab-1", claimId: "claim-a", editing: true } });
    expect(present.map((p) => [p.name, p.claimId, p.editing])).toEqual(
      [
        [editor.name, "claim-a", true],
        [reviewer.name, null, false],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(present.find((p) => p.userId === editor.id)?.initials).toBe(initialsOf(editor.name));
    await expect.poll(() => notices.length, { timeout: 5000 }).toBe(2);

    // A heartbeat that changes nothing is not announced; a change is.
    await markPresent({ actor: reviewer, articleId: article.id, input: { tabId: "reviewer-tab-1" } });
    await markPresent({ actor: reviewer, articleId: article.id, input: { tabId: "reviewer-tab-1", claimId: "claim-b" } });
    await expect.poll(() => notices.length, { timeout: 5000 }).toBe(3);
    expect(notices.every((notice) => notice === "presence")).toBe(true);

    // Two tabs of one person are one entry; an editing tab wins.
    await markPresent({ actor: editor, articleId: article.id, input: { tabId: "editor-tab-2" } });
    expect((await whoIsHere(article.id)).filter((p) => p.userId === editor.id)).toEqual([expect.objectContaining({ claimId: "claim-a", editing: true })]);

    // Closing a tab removes it at once; the silent one ages out.
    expect(await leave({ actor: editor, articleId: article.id, input: { tabId: "editor-tab-1" } })).toBe(true);
    expect((await whoIsHere(article.id)).find((p) => p.userId === editor.id)?.editing).toBe(false);
    await db.presence.updateMany({ where: { userId: editor.id }, data: { seenAt: new Date(Date.now() - presenceTtlMs - 1000) } });
    expect((await whoIsHere(article.id)).map((p) => p.userId)).toEqual([reviewer.id]);
    unsubscribe();
  });

  it("leaves out disabled people, refuses tokens and unknown articles, and prunes old rows", async () => {
    const reviewer = await makeUser("REVIEWER");
    const article = await makeArticle(reviewer);
    await markPresent({ actor: reviewer, articleId: article.id, input: { tabId: "disabled-tab-1" } });
    await db.user.update({ where: { id: reviewer.id }, data: { disabledAt: new Date() } });
    expect(await whoIsHere(article.id)).toEqual([]);

    const editor = await makeUser("EDITOR");
    expect((await expectAppError(markPresent({ actor: { ...editor, token: { id: "t", name: "Script", scopes: ["read"] } }, articleId: article.id, input: { tabId: "token-tab-1" } }))).code).toBe("forbidden");
    expect((await expectAppError(markPresent({ actor: editor, articleId: "nope", input: { tabId: "editor-tab-9" } }))).code).toBe("not_found");
    expect((await expectAppError(markPresent({ actor: editor, articleId: article.id, input: { tabId: "x" } }))).code).toBe("validation");

    await db.presence.updateMany({ where: { userId: reviewer.id }, data: { seenAt: new Date(Date.now() - 2 * 86_400_000) } });
    expect(await prunePresence()).toBeGreaterThanOrEqual(1);
    expect(await db.presence.count({ where: { userId: reviewer.id } })).toBe(0);
  });
});
