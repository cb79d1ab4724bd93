import { db } from "@/lib/db/client";

/**
 * Fixed-window counters of failed logins, kept in PostgreSQL so that every app instance
 * shares them. A key is blocked once it reaches `max` failures inside the window.
 */
export const loginLimits = {
  account: { max: 5, windowSeconds: 15 * 60 },
  ip: { max: 30, windowSeconds: 15 * 60 },
} as const;

export type LimitKey = { key: string; max: number; windowSeconds: number };

export function loginLimitKeys(email: string, ip: string): LimitKey[] {
  return [
    { key: `login:account:${email}`, ...loginLimits.account },
    { key: `login:ip:${ip}`, ...loginLimits.ip },
  ];
}

/** Seconds until the first blocked key frees up, or 0 when none is blocked. */
export async function secondsUntilAllowed(keys: LimitKey[]): Promise<number> {
  const rows = await db.rateLimitBucket.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  const now = Date.now();
  let wait = 0;
  for (const row of rows) {
    const limit = keys.find((k) => k.key === row.key)!;
    const resetsAt = row.windowStart.getTime() + limit.windowSeconds * 1000;
    if (row.count >= limit.max && resetsAt > now) wait = Math.max(wait, Math.ceil((resetsAt - now) / 1000));
  }
  return wait;
}

/** Counts one failure against every key: one upsert per key, all in one transaction. */
export async function recordFailure(keys: LimitKey[]): Promise<void> {
  await db.$transaction(
    keys.map(
      ({ key, windowSeconds }) => db.$executeRaw`
      INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, now())
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                       THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
        "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                             THEN now() ELSE "RateLimitBucket"."windowStart" END`,
    ),
  );
}

export async function clearFailures(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
