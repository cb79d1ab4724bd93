import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/manage-api-tokens";
import { authenticateBearer } from "@/lib/api-tokens/authenticate-token";
import { createAuthSession, revokeSession } from "@/lib/auth/sessions";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db/client";
import { makeArticle } from "@/tests/support/article-factory";
import { makeUser } from "@/tests/support/factories";
import { deskChannel, deskEventsAfter, deskNoticeHeard, pruneDeskEvents, recordDeskEvent } from "./desk-events";
import { closeDeskListener, onDeskEvent } from "./desk-listener";
import { stillSignedIn } from "./still-signed-in";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("live-update events", () => {
  let listener: pg.Client;
  const heard: string[] = [];
  beforeAll(async () => {
    listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    listener.on("notification", (message) => heard.push(message.payload ?? ""));
    await listener.query(`LISTEN ${deskChannel}`);
  });
  afterAll(async () => {
    await listener.end();
    await closeDeskListener();
  });

  it("writes nothing and announces nothing for a change that rolls back", async () => {
    const reviewer = await makeUser("REVIEWER");
    const article = await makeArticle(reviewer);
    await expect(
      db.$transaction(async (tx) => {
        await recordDeskEvent(tx, { articleId: article.id, kind: "claim.created", actor: reviewer });
        throw new Error("the change fails");
      }),
    ).rejects.toThrow("the change fails");
    await sleep(300);
    expect(await db.deskEvent.count({ where: { articleId: article.id } })).toBe(0);
    expect(heard).not.toContain(article.id);
  });

  it("records a committed change with who made it, announces the article, and replays what came after an id", async () => {
    const reviewer = await makeUser("REVIEWER");
    const article = await makeArticle(reviewer);
    const calls: number[] = [];
    const unsubscribe = await onDeskEvent(article.id, () => calls.push(Date.now()));
    const first = await createClaim({ actor: reviewer, articleId: article.id, input: { exact: "Routes would fall from 41 to 29" } });
    const second = await createClaim({ actor: reviewer, articleId: article.id, input: { exact: "She cited the agency’s model." } });
    await expect.poll(() => calls.length, { timeout: 5000 }).toBe(2);
    // The test's own listener is another connection: its notices arrive on their own time.
    await expect.poll(() => heard.filter((payload) => payload === article.id).length, { timeout: 5000 }).toBe(2);
    unsubscribe();

    const all = await deskEventsAfter({ actor: reviewer, articleId: article.id, after: BigInt(0) });
    expect(all.map((e) => [e.kind, e.claimId, e.actorName])).toEqual([
      ["claim.created", first.id, reviewer.name],
      ["claim.created", second.id, reviewer.name],
    ]);
    expect((await deskEventsAfter({ actor: reviewer, articleId: article.id, after: BigInt(all[0].id) })).map((e) => e.claimId)).toEqual([second.id]);
  });

  it("shares a read among the streams told of the same notice, never one begun before it", async () => {
    const reviewer = await makeUser("REVIEWER");
    const article = await makeArticle(reviewer);
    const claim = await createClaim({ actor: reviewer, articleId: article.id, input: { exact: "Routes would fall from 41 to 29" } });
    const standingAt = { actor: reviewer, articleId: article.id, after: BigInt(0) };
    const first = deskEventsAfter(standingAt);
    expect(deskEventsAfter(standingAt)).toBe(first);
    // A notice now may announce an event committed after that read began, and so not in it.
    deskNoticeHeard();
    const told = deskEventsAfter(standingAt);
    expect(told).not.toBe(first);
    expect(deskEventsAfter(standingAt)).toBe(told);
    expect((await told).map((e) => e.claimId)).toEqual([claim.id]);

    // Through the listener: a stream told of the next event reads it.
    const reads: Promise<unknown[]>[] = [];
    const unsubscribe = await onDeskEvent(article.id, () => reads.push(deskEventsAfter(standingAt)));
    void deskEventsAfter(standingAt);
    await createClaim({ actor: reviewer, articleId: article.id, input: { exact: "She cited the agency’s model." } });
    await expect.poll(() => reads.length, { timeout: 5000 }).toBe(1);
    unsubscribe();
    expect(await reads[0]).toHaveLength(2);
  });

  it("prunes events older than a week", async () => {
    const reviewer = await makeUser("REVIEWER");
    const article = await makeArticle(reviewer);
    await db.deskEvent.create({ data: { articleId: article.id, kind: "claim.changed", createdAt: new Date(Date.now() - 8 * 86_400_000) } });
    await db.deskEvent.create({ data: { articleId: article.id, kind: "claim.changed" } });
    expect(await pruneDeskEvents()).toBeGreaterThanOrEqual(1);
    expect(await db.deskEvent.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("knows when the person behind a stream signed out, was disabled, or lost their token", async () => {
    const editor = await makeUser("EDITOR");
    const sessionId = await createAuthSession(editor.id);
    expect(await stillSignedIn({ ...editor, sessionId })).toBe(true);
    await revokeSession(sessionId);
    expect(await stillSignedIn({ ...editor, sessionId })).toBe(false);

    const { token, secret } = await createApiToken({ actor: editor, input: { name: "Stream", scopes: ["read"] } });
    const viaToken = await authenticateBearer(`Bearer ${secret}`);
    expect(await stillSignedIn(viaToken)).toBe(true);
    await revokeApiToken({ actor: editor, tokenId: token.id });
    expect(await stillSignedIn(viaToken)).toBe(false);
  });
});
