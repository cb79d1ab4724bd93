/**
 * The production paths with nothing but what compose.yaml gives them (DATABASE_URL,
 * NEXTAUTH_SECRET, NEXTAUTH_URL, NODE_ENV=production), on an empty database: the image's
 * standalone output, and `npm start` from a checkout.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { waitForHealthy } from "../scripts/lib/app-server";
import { freePort, startTestServer, uniqueDatabaseName } from "../tests/support/test-database";
import { withDatabase } from "../scripts/lib/connection";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { apiAs } from "./support/api-login";

/** An empty database and what compose.yaml gives the app: nothing else. */
async function composeEnvironment(adminUrl: string, prefix: string, port: number): Promise<NodeJS.ProcessEnv> {
  const name = uniqueDatabaseName(prefix);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    PATH: process.env.PATH,
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_URL: withDatabase(adminUrl, name),
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    NEXTAUTH_URL: `http://localhost:${port}`,
  };
}

test("npm start with only DATABASE_URL and the auth settings migrates an empty database and answers /api/health", async () => {
  test.setTimeout(180_000);
  const server = await startTestServer();
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...(await composeEnvironment(server.adminUrl, "factcheck_prod", port)), HOME: process.env.HOME };
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

test("the standalone output, copied away from the repository, migrates an empty database, serves, and sanitizes an import in its worker", async () => {
  test.setTimeout(240_000);
  const built = spawnSync("npx", ["tsx", "scripts/build-standalone.ts"], { encoding: "utf8" });
  expect(built.status, built.stderr).toBe(0);
  // Copied out of the repository, so nothing can be found in the repository's node_modules.
  const dir = mkdtempSync(path.join(os.tmpdir(), "factcheck-standalone-"));
  cpSync(".next/standalone", dir, { recursive: true });

  const server = await startTestServer();
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...(await composeEnvironment(server.adminUrl, "factcheck_standalone", port)), WEB_CONCURRENCY: "1" };
  const databaseUrl = env.DATABASE_URL!;
  // Demo data too, as compose.yaml can ask: its articles go through the compiled document worker.
  const migrated = spawnSync("node", ["migrate.mjs"], { cwd: dir, env: { ...env, SEED_DEMO_DATA: "true" }, encoding: "utf8" });
  expect(migrated.status, migrated.stderr).toBe(0);
  expect(migrated.stdout).toContain("Applied migrations");
  expect(migrated.stdout).toContain("Demo accounts (shown once)");

  const app = spawn("node", ["server.mjs"], { cwd: dir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  app.stdout.on("data", (chunk) => (output += chunk));
  app.stderr.on("data", (chunk) => (output += chunk));
  const database = new pg.Client({ connectionString: databaseUrl });
  try {
    await waitForHealthy(`http://localhost:${port}/api/health`, 60_000).catch((error) => {
      throw new Error(`${error}\n${output}`);
    });
    expect(await (await fetch(`http://localhost:${port}/api/health`)).json()).toEqual({ ok: true });
    expect((await fetch(`http://localhost:${port}/login`)).status).toBe(200);

    // An import goes through the compiled document worker (jsdom and DOMPurify from the output).
    await database.connect();
    const password = "standalone password 1";
    await database.query(`INSERT INTO "User" ("id", "email", "name", "role", "passwordHash", "updatedAt") VALUES ('user_sa', 'sa@e2e.test', 'Standalone', 'EDITOR', $1, now())`, [await hashPassword(password)]);
    const api = await apiAs(`http://localhost:${port}`, { email: "sa@e2e.test", password });
    const imported = await api.post("/api/articles", {
      headers: { Origin: `http://localhost:${port}` },
      multipart: { title: "Standalone import", format: "html", text: `<p>Fares rose 12%.<script>alert(1)</script><img src=x onerror=alert(1)></p>` },
    });
    expect(imported.status(), output).toBe(201);
    const revision = await database.query(`SELECT r."text", r."doc"::text AS doc FROM "ArticleRevision" r JOIN "Article" a ON a."id" = r."articleId" WHERE a."title" = 'Standalone import'`);
    expect(revision.rows[0].text).toBe("Fares rose 12%.");
    expect(revision.rows[0].doc).not.toMatch(/script|onerror/);
    await api.dispose();

    // The API reference's files ship with the output, and the job queue's tables were migrated.
    const bundle = await fetch(`http://localhost:${port}/api/docs/swagger-ui-bundle.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("content-type")).toContain("javascript");
    expect((await database.query(`SELECT count(*)::int AS n FROM graphile_worker.migrations`)).rows[0].n).toBeGreaterThan(0);
    // The separate job worker starts from the output too.
    const worker = spawn("node", ["worker.mjs"], { cwd: dir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let workerOutput = "";
    worker.stdout.on("data", (chunk) => (workerOutput += chunk));
    worker.stderr.on("data", (chunk) => (workerOutput += chunk));
    await expect.poll(() => workerOutput, { timeout: 20_000 }).toContain("Factcheck worker running");
    process.kill(-worker.pid!, "SIGTERM");
  } finally {
    await database.end().catch(() => {});
    try {
      process.kill(-app.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
    await server.stop();
  }
});
