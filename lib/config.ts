/**
 * The app's configuration: the environment parsed once with zod, the one place in the app
 * that reads process.env. A bad value fails at start-up with a sentence naming the variable
 * (scripts/server.ts calls config() before listening). Read again only when the environment
 * changes, which only tests and scripts do.
 */
import { z } from "zod";

const optionalUrl = (name: string) =>
  z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL` }).optional())
    .optional();

const count = (name: string, max: number, fallback: number) =>
  z.coerce.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).min(1, `${name} must be at least 1`).max(max, `${name} must be at most ${max}`).default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  /** Server processes per instance (scripts/server.ts); unset: one per core. */
  WEB_CONCURRENCY: z.coerce.number({ error: "WEB_CONCURRENCY must be a number" }).int("WEB_CONCURRENCY must be a whole number").min(1, "WEB_CONCURRENCY must be at least 1").max(64, "WEB_CONCURRENCY must be at most 64").optional(),
  DATABASE_POOL_SIZE: count("DATABASE_POOL_SIZE", 200, 10),
  EXPORT_POOL_SIZE: count("EXPORT_POOL_SIZE", 50, 4),
  /** Jobs (webhook deliveries) each app process runs at once; 0 leaves them to `npm run worker`. */
  JOB_CONCURRENCY: z.coerce.number({ error: "JOB_CONCURRENCY must be a number" }).int("JOB_CONCURRENCY must be a whole number").min(0, "JOB_CONCURRENCY must be at least 0").max(100, "JOB_CONCURRENCY must be at most 100").default(4),
  /** Webhook receivers on private, loopback or link-local addresses: only for tests and closed networks. */
  WEBHOOK_ALLOW_PRIVATE: z.enum(["true", "false"], { error: "WEBHOOK_ALLOW_PRIVATE must be true or false" }).default("false").transform((value) => value === "true"),
  /** First retry delay of a failed delivery; each next one doubles, up to an hour, for 24 hours. */
  WEBHOOK_RETRY_BASE_MS: count("WEBHOOK_RETRY_BASE_MS", 3_600_000, 30_000),
  WEBHOOK_TIMEOUT_MS: count("WEBHOOK_TIMEOUT_MS", 60_000, 10_000),
  /** Pages on private, loopback or link-local addresses for import by URL and archiving: only for tests and closed networks. */
  FETCH_ALLOW_PRIVATE: z.enum(["true", "false"], { error: "FETCH_ALLOW_PRIVATE must be true or false" }).default("false").transform((value) => value === "true"),
  FETCH_TIMEOUT_MS: count("FETCH_TIMEOUT_MS", 120_000, 15_000),
  /** Requests per minute one address may make to the public fact-check pages. */
  PUBLIC_RATE_LIMIT: count("PUBLIC_RATE_LIMIT", 1_000_000, 300),
  /** Requests per minute one API token may make. */
  API_TOKEN_RATE_LIMIT: count("API_TOKEN_RATE_LIMIT", 1_000_000, 600),
  /** "Already checked": combined match scores (0–1) from which an earlier claim is suggested as similar, and called the same claim. */
  MATCH_SIMILAR_THRESHOLD: z.coerce.number({ error: "MATCH_SIMILAR_THRESHOLD must be a number" }).min(0.05, "MATCH_SIMILAR_THRESHOLD must be at least 0.05").max(1, "MATCH_SIMILAR_THRESHOLD must be at most 1").default(0.5),
  MATCH_SAME_THRESHOLD: z.coerce.number({ error: "MATCH_SAME_THRESHOLD must be a number" }).min(0.05, "MATCH_SAME_THRESHOLD must be at least 0.05").max(1, "MATCH_SAME_THRESHOLD must be at most 1").default(0.8),
  NEXTAUTH_URL: optionalUrl("NEXTAUTH_URL"),
  NEXTAUTH_SECRET: z.string().optional(),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value) => Number(!value || value === "false" ? "0" : value === "true" ? "1" : value))
    .pipe(z.number({ error: "TRUST_PROXY must be a number of proxy hops from 0 to 10" }).int("TRUST_PROXY must be a number of proxy hops from 0 to 10").min(0).max(10, "TRUST_PROXY must be a number of proxy hops from 0 to 10")),
  FACTCHECK_ORG_NAME: z.string().trim().min(1).default("Factcheck desk"),
  FACTCHECK_ORG_URL: optionalUrl("FACTCHECK_ORG_URL"),
  FACTCHECK_PUBLIC_URL: optionalUrl("FACTCHECK_PUBLIC_URL").refine((url) => !url || url.includes("%7Bid%7D") || url.includes("{id}"), "FACTCHECK_PUBLIC_URL must contain {id}"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  VITEST: z.string().optional(),
  OIDC_ISSUER: z.string().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default("single sign-on"),
});

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {}

let cached: { key: string; value: Config } | undefined;

export function config(env: Record<string, string | undefined> = process.env): Config {
  const key = Object.keys(schema.shape).map((name) => env[name] ?? "").join("\u0000");
  if (cached?.key === key) return cached.value;
  const result = schema.safeParse(env);
  if (!result.success) throw new ConfigError(`Configuration: ${result.error.issues.map((issue) => issue.message).join("; ")}`);
  cached = { key, value: result.data };
  return result.data;
}
