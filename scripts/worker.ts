/**
 * `npm run worker`: runs background jobs (webhook deliveries) and nothing else, for desks that
 * want them off the web processes (then start those with JOB_CONCURRENCY=0). Any number of
 * workers on any number of machines share the one queue in PostgreSQL.
 */
import { config, ConfigError } from "../lib/config";
import { runJobs } from "../lib/jobs/run-jobs";

try {
  config();
} catch (error) {
  console.error(`✖ ${error instanceof ConfigError ? error.message : String(error)}`);
  process.exit(1);
}
if (!config().DATABASE_URL) {
  console.error("✖ DATABASE_URL is required: the worker takes its jobs from PostgreSQL");
  process.exit(1);
}
const runner = await runJobs(Math.max(1, config().JOB_CONCURRENCY));
console.log(`▲ Factcheck worker running ${Math.max(1, config().JOB_CONCURRENCY)} jobs at a time`);
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void runner?.stop().finally(() => process.exit(0)));

