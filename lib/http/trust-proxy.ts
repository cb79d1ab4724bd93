import { config } from "@/lib/config";

/**
 * TRUST_PROXY: how many reverse proxies stand in front of the app (0 or unset: none). Only
 * then are X-Forwarded-For, X-Forwarded-Host and X-Forwarded-Proto believed, and only the
 * entries those proxies wrote: a client can prepend anything it likes to X-Forwarded-For.
 */
export function trustedProxyHops(value?: string): number {
  return value === undefined ? config().TRUST_PROXY : config({ TRUST_PROXY: value }).TRUST_PROXY;
}

/** The header value a trusted proxy set, or null when no proxy is trusted. */
export function forwardedHeader(headers: Headers, name: "x-forwarded-host" | "x-forwarded-proto"): string | null {
  if (trustedProxyHops() === 0) return null;
  return headers.get(name)?.split(",")[0]?.trim() || null;
}
