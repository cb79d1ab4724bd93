import { createHash, randomBytes } from "node:crypto";

/** Secrets look like `fct_` + 43 base64url characters (256 random bits): easy to spot in a leak scan. */
export const tokenPrefix = "fct_";
const secretPattern = /^fct_[A-Za-z0-9_-]{43}$/;

export function isTokenSecret(value: string): boolean {
  return secretPattern.test(value);
}

/** SHA-256 is enough for a 256-bit random secret: there is nothing to guess, only to look up. */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function newTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = tokenPrefix + randomBytes(32).toString("base64url");
  return { secret, hash: hashTokenSecret(secret), prefix: secret.slice(0, tokenPrefix.length + 6) };
}
