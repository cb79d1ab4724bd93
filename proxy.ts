import { NextResponse, type NextRequest } from "next/server";
import { config as appConfig } from "@/lib/config";
import { archivedCopyPolicy, contentSecurityPolicy, requestIdFrom } from "@/lib/http/security-headers";

const sessionCookies = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function isPublic(pathname: string) {
  return pathname === "/login" || pathname === "/unavailable" || pathname.startsWith("/api/") || pathname.startsWith("/f/");
}

function decodesAsUtf8(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every request: a CSP nonce and a request id. For pages, a convenience redirect of visitors
 * without a session cookie to the login page. Security does not rest on this file: every
 * page, route handler and domain function checks the session and permissions itself.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const { pathname, search } = request.nextUrl;
  // Archived pages are downloads, never documents of ours: nothing in them may run.
  const csp = pathname.startsWith("/api/snapshots/") ? archivedCopyPolicy : contentSecurityPolicy(nonce, appConfig().NODE_ENV === "development");
  const requestId = requestIdFrom(request.headers.get("x-request-id"));

  let response: NextResponse;
  if (!decodesAsUtf8(pathname)) {
    // Next would fail decoding such a path into route params and answer 500: no record has this address.
    response = NextResponse.json({ error: { code: "not_found", message: "Not found" } }, { status: 404 });
  } else if (!isPublic(pathname) && !sessionCookies.some((name) => request.cookies.has(name))) {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
    response = NextResponse.redirect(login);
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", csp); // Next reads the nonce from here
    headers.set("x-request-id", requestId);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Request-Id", requestId);
  return response;
}

export const config = {
  // Everything but Next's static assets and files with an extension.
  matcher: ["/((?!_next/static|_next/image|.*\\.[a-z0-9]+$).*)"],
};
