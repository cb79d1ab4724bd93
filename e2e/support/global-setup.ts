/**
 * End-to-end tests run against a production build (`next build` + `next start`) on a fresh
 * PostgreSQL database of their own. Tests create the users and data they need.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync } from "node:fs";
import type { FullConfig } from "@playwright/test";
import { buildIsStale } from "../../scripts/lib/build";
import { createMigratedDatabase, dropDatabase, startTestServer, uniqueDatabaseName } from "../../tests/support/test-database";

async function waitForHealthy(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not become healthy at ${url} within ${timeoutMs / 1000} s (see .test-results/e2e-server.log)`);
}

export default async function globalSetup(config: FullConfig) {
  const baseURL = String(config.projects[0].use.baseURL);
  const port = new URL(baseURL).port;

  if (buildIsStale()) {
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }

  const server = await startTestServer();
  const name = uniqueDatabaseName("factcheck_e2e");
  const databaseUrl = await createMigratedDatabase(server.adminUrl, name);
  // Workers inherit this, so test helpers seed the same database the app uses.
  process.env.DATABASE_URL = databaseUrl;

  mkdirSync(".test-results", { recursive: true });
  const logFile = createWriteStream(".test-results/e2e-server.log");
  const app = spawn("npx", ["next", "start", "-p", port], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      NEXTAUTH_URL: baseURL,
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  app.stdout.pipe(logFile);
  app.stderr.pipe(logFile);
  await waitForHealthy(`${baseURL}/api/health`, 60_000);

  return async () => {
    if (app.pid) process.kill(-app.pid, "SIGTERM");
    await dropDatabase(server.adminUrl, name).catch(() => {});
    await server.stop();
  };
}
