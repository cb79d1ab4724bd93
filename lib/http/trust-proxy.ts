/**
 * TRUST_PROXY: how many reverse proxies stand in front of the app (0 or unset: none). Only
 * then are X-Forwarded-For, X-Forwarded-Host and X-Forwarded-Proto believed, and only the
 * entries those proxies wrote: a client can prepend anything it likes to X-Forwarded-For.
 */
export function trustedProxyHops(value = process.env.TRUST_PROXY): number {
  if (!value || value === "false") return 0;
  if (value === "true") return 1;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) throw new Error(`TRUST_PROXY must be a number of proxy hops from 0 to 10 (got "${value}")`);
  return hops;
}

/** The header value a trusted proxy set, or null when no proxy is trusted. */
export function forwardedHeader(headers: Headers, name: "x-forwarded-host" | "x-forwarded-proto"): string | null {
  if (trustedProxyHops() === 0) return null;
  return headers.get(name)?.split(",")[0]?.trim() || null;
}
