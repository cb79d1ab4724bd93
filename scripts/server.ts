/**
 * The production HTTP server: Next.js's request handler behind Node's own http server, so
 * the app knows who is on the other end of each connection. It writes the peer address into
 * one header (overwriting any copy a client sent); X-Forwarded-For stays a client's word
 * unless TRUST_PROXY says which entries our proxies wrote (lib/http/client-ip.ts).
 *
 * It runs WEB_CONCURRENCY processes (default: one per core) with Node's cluster module. They
 * share nothing but PostgreSQL, where sessions, limits and everything else already live.
 */
import cluster from "node:cluster";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import path from "node:path";
import next from "next";
import { config, ConfigError } from "../lib/config";
import { releaseAbortReasonStacks } from "../lib/http/abort-reason-stacks";
import { peerAddressHeader } from "../lib/http/client-ip";
import { runJobs } from "../lib/jobs/run-jobs";

const port = Number(process.env.PORT ?? 3000);
const dev = process.argv.includes("--dev");

// A bad setting stops the server here, with a sentence naming it, before anyone is served.
let processes: number;
try {
  processes = dev ? 1 : (config().WEB_CONCURRENCY ?? availableParallelism());
} catch (error) {
  console.error(`✖ ${error instanceof ConfigError ? error.message : String(error)}`);
  process.exit(1);
}

/** Next.js drops these query keys before the app sees the query; an API refuses them like any unknown key. */
const prototypeKey = /[?&](?:__proto__|constructor|prototype)(?:[=&[]|$)/i;

// Production serves the configuration Next recorded at build time, as Next's own standalone
// server does: the standalone output (scripts/build-standalone.ts) has no next.config.js, and a
// checkout would otherwise be told that "next start" does not work with output: standalone.
const buildConfig = path.join(process.cwd(), ".next", "required-server-files.json");
if (!dev && existsSync(buildConfig)) {
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(buildConfig, "utf8")).config);
}

async function serve() {
  releaseAbortReasonStacks();
  const app = next({ dev, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  createServer((req, res) => {
    req.headers[peerAddressHeader] = req.socket.remoteAddress ?? "unknown";
    if (req.url?.startsWith("/api/") && prototypeKey.test(req.url)) {
      res.writeHead(422, { "Content-Type": "application/json", "Cache-Control": "no-store" });
      res.end(JSON.stringify({ error: { code: "validation", message: "Unknown parameter", fields: { _: "Unknown parameter" } } }));
      return;
    }
    void handle(req, res);
  }).listen(port, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1) {
      console.log(`▲ Factcheck on http://localhost:${port}${dev ? " (development)" : ""}, ${processes} process${processes === 1 ? "" : "es"}`);
    }
  });
  // Background jobs (webhook deliveries) run in every server process, sharing the queue in PostgreSQL.
  const jobs = await runJobs();
  if (jobs) {
    process.once("SIGTERM", () => {
      setTimeout(() => process.exit(0), 5000).unref(); // a job stuck on a slow receiver does not hold the exit
      void jobs.stop().finally(() => process.exit(0));
    });
  }
}

if (processes > 1 && cluster.isPrimary) {
  let stopping = false;
  for (let i = 0; i < processes; i++) cluster.fork();
  // A process that dies is replaced; on SIGTERM/SIGINT every process is stopped.
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`Server process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
      process.exit(0);
    });
  }
} else {
  await serve();
}
