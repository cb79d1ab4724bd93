/** A placeholder origin for resolving a target when the app's own origin is not needed. */
const placeholderOrigin = "http://factcheck.invalid";

/**
 * Where to send a person after sign-in: a path on our own origin, or "/". The target is read
 * as a browser reads it — tab, CR and LF removed, leading and trailing controls and spaces
 * trimmed, backslashes as slashes, resolved against our origin — and kept only when it stays
 * on that origin. The result never starts with "//" (which a browser reads as another host).
 */
export function safeReturnPath(value: string | null | undefined, origin: string = placeholderOrigin): string {
  if (!value) return "/";
  const cleaned = value.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  let target: URL;
  let base: URL;
  try {
    base = new URL(origin);
    target = new URL(cleaned, base);
  } catch {
    return "/";
  }
  if (target.origin !== base.origin || target.username || target.password) return "/";
  // Only paths and absolute URLs of our own: "javascript:", "data:" and friends never get here
  // with our origin, but a bare "evil.example" would resolve to a path; that is harmless.
  const path = `${target.pathname.replace(/^\/+/, "/")}${target.search}${target.hash}`;
  return path.startsWith("/") ? path : "/";
}
