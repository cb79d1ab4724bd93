/**
 * `npm start` refuses bad situations with one clear line and a non-zero exit, before it
 * touches anything. Runs the real start script.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { freePort } from "./support/test-database";

function start(env: Record<string, string>) {
  const result = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/start.ts"], {
    env: { ...process.env, NODE_ENV: "development", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout };
}

describe("npm start", () => {
  it("names the host and port when DATABASE_URL is unreachable", async () => {
    const port = await freePort();
    const { status, stderr } = start({ DATABASE_URL: `postgresql://nobody:x@127.0.0.1:${port}/factcheck`, PORT: String(await freePort()) });
    expect(status).toBe(1);
    expect(stderr).toBe(`✖ Cannot reach PostgreSQL at 127.0.0.1:${port} (ECONNREFUSED). Check DATABASE_URL.`);
  });

  it("says so when the port is taken", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { status, stderr } = start({ DATABASE_URL: process.env.DATABASE_URL!, PORT: String(port) });
      expect(status).toBe(1);
      expect(stderr).toBe(`✖ Port ${port} is already in use. Stop what is using it, or choose another: PORT=${port + 1} npm start`);
    } finally {
      blocker.close();
    }
  });

  it("refuses a second start on a running embedded database and leaves it working", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "factcheck-second-start-"));
    const pgPort = await freePort();
    const running = await startEmbeddedPostgres({ dataDir, port: pgPort, database: "factcheck", persistent: false });
    try {
      const { status, stderr } = start({ DATABASE_URL: "", EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), PORT: String(await freePort()) });
      expect(status).toBe(1);
      expect(stderr).toMatch(/^✖ Could not start the embedded PostgreSQL: The embedded database in .+ is already in use by another process \(PostgreSQL pid \d+\)\. Is another `npm start` running\? Stop it first\.$/);
      const client = new pg.Client({ connectionString: running.url });
      await client.connect();
      expect((await client.query("SELECT 1 AS ok")).rows[0].ok).toBe(1);
      await client.end();
    } finally {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
