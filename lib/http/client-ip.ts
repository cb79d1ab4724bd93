type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client address for rate limiting. Behind a reverse proxy the right-most
 * X-Forwarded-For entry is the one our proxy appended, so a client cannot choose it by
 * sending its own header. Without a proxy the header is client-controlled; the per-account
 * limit still applies then.
 */
export function clientIp(headers: HeaderSource): string {
  const forwarded = header(headers, "x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last ?? header(headers, "x-real-ip") ?? "unknown";
}
