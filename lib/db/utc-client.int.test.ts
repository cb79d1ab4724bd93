import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateBearer } from "@/lib/api-tokens/authenticate-token";
import { createApiToken } from "@/lib/api-tokens/manage-api-tokens";
import { recordDeskEvent } from "@/lib/live/desk-events";
import { makeArticle } from "@/tests/support/article-factory";
import { makeUser } from "@/tests/support/factories";
import { db, disconnectDb } from "./client";
import { closeStreamPool, streamRows } from "./stream-rows";

/** A database server set up in the office's time zone, as self-hosted ones often are. */
async function setDatabaseTimeZone(zone: string | null) {
  const [{ name }] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
  await db.$executeRawUnsafe(zone ? `ALTER DATABASE "${name}" SET TimeZone = '${zone}'` : `ALTER DATABASE "${name}" RESET TimeZone`);
  // New connections from here on start in that zone.
  await disconnectDb();
  await closeStreamPool();
}

describe("database sessions", () => {
  beforeAll(() => setDatabaseTimeZone("Pacific/Auckland"));
  afterAll(() => setDatabaseTimeZone(null));

  it("run in UTC whatever the server's zone, in the app's pool and the export's", async () => {
    expect((await db.$queryRaw<{ zone: string }[]>`SELECT current_setting('TimeZone') AS zone`)[0].zone).toBe("UTC");
    const rows: { zone: string }[] = [];
    for await (const batch of streamRows<{ zone: string }>(`SELECT current_setting('TimeZone') AS zone`, [])) rows.push(...batch);
    expect(rows).toEqual([{ zone: "UTC" }]);
  });

  it("so SQL that compares stored times with now() is right: a token valid for a day works, a desk event is stamped now", async () => {
    const editor = await makeUser("EDITOR");
    const { secret } = await createApiToken({ actor: editor, input: { name: "Day", scopes: ["read"], expiresInDays: 1 } });
    await db.apiToken.updateMany({ where: { name: "Day", userId: editor.id }, data: { expiresAt: new Date(Date.now() + 60 * 60_000) } });
    expect((await authenticateBearer(`Bearer ${secret}`)).id).toBe(editor.id);

    const article = await makeArticle(editor);
    await db.$transaction((tx) => recordDeskEvent(tx, { articleId: article.id, kind: "article.revised", actor: editor }));
    const event = await db.deskEvent.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { id: "desc" } });
    expect(Math.abs(event.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });
});
