/**
 * The production app (`next build` when stale, then scripts/server.ts) on a database of the
 * caller's choosing: for the e2e tests, the fault tests and the benchmarks.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { buildIsStale, bundleDocumentWorker } from "./build";

export type AppServer = { baseUrl: string; pid: number; stop: () => void };

export function ensureBuild() {
  if (!buildIsStale()) return;
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("next build failed");
}

export async function waitForHealthy(url: string, timeoutMs: number, expectStatus = 200) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(url).then((r) => r.status, () => 0);
    if (status === expectStatus) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer ${expectStatus} within ${timeoutMs / 1000} s`);
}

export async function startAppServer({
  databaseUrl,
  port,
  logFile,
  processes,
  authSecret,
  env = {},
}: {
  databaseUrl: string;
  port: number;
  logFile?: string;
  processes?: number;
  authSecret?: string;
  /** More settings (single sign-on, log level) for this server only. */
  env?: Record<string, string>;
}): Promise<AppServer> {
  ensureBuild();
  const documentWorker = await bundleDocumentWorker();
  const baseUrl = `http://localhost:${port}`;
  const app = spawn("npx", ["tsx", "scripts/server.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      ...(processes ? { WEB_CONCURRENCY: String(processes) } : {}),
      NODE_ENV: "production",
      DOCUMENT_WORKER_FILE: documentWorker,
      DATABASE_URL: databaseUrl,
      // Two servers on one database need the same secret to accept each other's session cookies.
      NEXTAUTH_SECRET: authSecret ?? randomBytes(32).toString("base64"),
      NEXTAUTH_URL: baseUrl,
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      ...env,
    },
    stdio: ["ignore", logFile ? "pipe" : "ignore", logFile ? "pipe" : "ignore"],
    detached: true, // its own process group, so stop() ends npx, next and its workers together
  });
  if (logFile) {
    mkdirSync(path.dirname(logFile), { recursive: true });
    const log = createWriteStream(logFile);
    app.stdout?.pipe(log);
    app.stderr?.pipe(log);
  }
  const stop = () => {
    try {
      process.kill(-app.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  try {
    await waitForHealthy(`${baseUrl}/api/health`, 60_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseUrl, pid: app.pid!, stop };
}
