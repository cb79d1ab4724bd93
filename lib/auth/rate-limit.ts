import { db } from "@/lib/db/client";

/**
 * Login attempts, counted in PostgreSQL so that every app instance shares them (fixed
 * windows). The OWASP approach: a tight limit per (account, address) pair, so one address
 * cannot lock the owner out from another; a much higher ceiling per account against
 * distributed guessing; and a limit per address against one address trying many accounts.
 */
export const loginLimits = {
  pair: { max: 5, windowSeconds: 15 * 60 },
  account: { max: 50, windowSeconds: 15 * 60 },
  ip: { max: 30, windowSeconds: 15 * 60 },
} as const;

export type LimitKey = { key: string; max: number; windowSeconds: number };

export function loginLimitKeys(email: string, ip: string): { pair: LimitKey; account: LimitKey; ip: LimitKey } {
  return {
    pair: { key: `login:pair:${email}|${ip}`, ...loginLimits.pair },
    account: { key: `login:account:${email}`, ...loginLimits.account },
    ip: { key: `login:ip:${ip}`, ...loginLimits.ip },
  };
}

/**
 * Counts one attempt against every key before the password is checked, atomically (each
 * upsert locks its row), and returns how long to wait when any key is now over its limit
 * (0: go ahead). So 15 parallel guesses get at most `max` password checks, not 15.
 */
export async function reserveAttempt(keys: LimitKey[]): Promise<number> {
  const rows = await db.$transaction(
    keys.map(
      ({ key, windowSeconds }) => db.$queryRaw<{ count: number; resetsIn: number }[]>`
      INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, now())
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                       THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
        "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                             THEN now() ELSE "RateLimitBucket"."windowStart" END
      RETURNING "count", CEIL(EXTRACT(EPOCH FROM ("windowStart" + make_interval(secs => ${windowSeconds}) - now())))::int AS "resetsIn"`,
    ),
  );
  let wait = 0;
  rows.forEach(([row], index) => {
    if (row.count > keys[index].max) wait = Math.max(wait, Math.max(1, row.resetsIn));
  });
  return wait;
}

/**
 * After a successful sign-in: the pair starts afresh, and the attempt no longer counts
 * against the account's and the address's ceilings.
 */
export async function forgiveAttempt(keys: { pair: LimitKey; account: LimitKey; ip: LimitKey }): Promise<void> {
  await db.$transaction([
    db.rateLimitBucket.deleteMany({ where: { key: keys.pair.key } }),
    db.rateLimitBucket.updateMany({ where: { key: { in: [keys.account.key, keys.ip.key] }, count: { gt: 0 } }, data: { count: { decrement: 1 } } }),
  ]);
}
