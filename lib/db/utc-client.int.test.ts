import { createServer, connect, type Socket } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateBearer } from "@/lib/api-tokens/authenticate-token";
import { createApiToken } from "@/lib/api-tokens/manage-api-tokens";
import { recordDeskEvent } from "@/lib/live/desk-events";
import { makeArticle } from "@/tests/support/article-factory";
import { makeUser } from "@/tests/support/factories";
import { db, disconnectDb, queryRows } from "./client";
import { closeStreamPool, streamRows } from "./stream-rows";
import { UtcClient } from "./utc-client";

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

/** A TCP proxy on loopback in front of the test database that cuts a connection as it sends `SET TIME ZONE`. */
async function proxyCuttingTheSet(databaseUrl: string) {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    client.on("data", (chunk) => {
      if (chunk.includes("SET TIME ZONE")) {
        upstream.destroy();
        client.destroy();
      } else upstream.write(chunk);
    });
    upstream.on("data", (chunk) => client.write(chunk));
    for (const [socket, other] of [[client, upstream], [upstream, client]] as const) {
      socket.on("error", () => other.destroy());
      socket.on("close", () => other.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return {
    url: url.toString(),
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe("reading times through pg (queryRows, the export's streamRows)", () => {
  it("reads a stored time as the UTC it is, in a process set to another zone", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "Pacific/Auckland"; // Node applies a new TZ at once
    try {
      const [row] = await queryRows<{ at: Date }>({ text: `SELECT '2026-01-02 03:04:05.678'::timestamp AS at`, values: [] });
      expect(row.at.toISOString()).toBe("2026-01-02T03:04:05.678Z");
      const streamed: { at: Date }[] = [];
      for await (const batch of streamRows<{ at: Date }>(`SELECT '2026-01-02 03:04:05.678'::timestamp AS at`, [])) streamed.push(...batch);
      expect(streamed[0].at.toISOString()).toBe("2026-01-02T03:04:05.678Z");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe("a connection lost while it is set to UTC", () => {
  it("fails that connection in the pool, and the process carries on", async () => {
    const proxy = await proxyCuttingTheSet(process.env.DATABASE_URL!);
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", onUncaught);
    const pool = new pg.Pool({ connectionString: proxy.url, Client: UtcClient, max: 1 });
    try {
      // Without a listener during the SET, the lost connection was an 'error' event nobody heard.
      await expect(pool.query("SELECT 1")).rejects.toThrow();
      await new Promise((resolve) => setTimeout(resolve, 100)); // the socket's own events come later
      expect(uncaught).toEqual([]);
      expect(pool.totalCount).toBe(0);
    } finally {
      process.off("uncaughtException", onUncaught);
      await pool.end();
      await proxy.close();
    }
  });
});
