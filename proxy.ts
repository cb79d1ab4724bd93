import { NextResponse, type NextRequest } from "next/server";

const sessionCookies = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * Convenience only: sends visitors without a session cookie to the login page. Every page,
 * route handler and server action checks the session and permissions itself.
 */
export function proxy(request: NextRequest) {
  if (sessionCookies.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/login", request.url);
  const returnTo = request.nextUrl.pathname + request.nextUrl.search;
  if (returnTo !== "/") login.searchParams.set("callbackUrl", returnTo);
  return NextResponse.redirect(login);
}

export const config = {
  // Pages only: not the login page, API routes, Next's assets or files with an extension.
  matcher: ["/((?!login|api/|_next/|.*\\..*).*)"],
};
