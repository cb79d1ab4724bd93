import { trustedProxyHops } from "./trust-proxy";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** Set by our HTTP server (scripts/server.ts) from the connection itself; any client copy is overwritten. */
export const peerAddressHeader = "x-factcheck-peer";

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client address for rate limiting. X-Forwarded-For is a client's word, except for the
 * entries our own proxies appended: with TRUST_PROXY=N, the N-th entry from the right is the
 * address the outermost trusted proxy saw. Without trusted proxies, the connection's peer.
 */
export function clientIp(headers: HeaderSource, hops = trustedProxyHops()): string {
  if (hops > 0) {
    const chain = header(headers, "x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean) ?? [];
    const seen = chain.at(-hops);
    if (seen) return seen;
  }
  return header(headers, peerAddressHeader) ?? "unknown";
}
