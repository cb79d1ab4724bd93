/**
 * The production image's command (`npm start`, see Dockerfile) with nothing but what
 * compose.yaml gives it: DATABASE_URL, NEXTAUTH_SECRET, NEXTAUTH_URL, NODE_ENV=production.
 * It applies migrations to an empty database, serves the existing build and answers health.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { waitForHealthy } from "../scripts/lib/app-server";
import { freePort, startTestServer, uniqueDatabaseName } from "../tests/support/test-database";
import { withDatabase } from "../scripts/lib/connection";
import pg from "pg";

test("npm start with only DATABASE_URL and the auth settings migrates an empty database and answers /api/health", async () => {
  test.setTimeout(180_000);
  const server = await startTestServer();
  const name = uniqueDatabaseName("factcheck_prod");
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_URL: withDatabase(server.adminUrl, name),
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    NEXTAUTH_URL: `http://localhost:${port}`,
  };
  const app = spawn("npm", ["start"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  app.stdout.on("data", (chunk) => (output += chunk));
  app.stderr.on("data", (chunk) => (output += chunk));
  try {
    await waitForHealthy(`http://localhost:${port}/api/health`, 120_000);
    expect(await (await fetch(`http://localhost:${port}/api/health`)).json()).toEqual({ ok: true });
    expect((await fetch(`http://localhost:${port}/login`)).status).toBe(200);
    expect(output).toContain("Applied migrations");
    expect(output).not.toContain("Demo accounts"); // none in production unless SEED_DEMO_DATA=true
  } finally {
    try {
      process.kill(-app.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    await server.stop();
  }
});
