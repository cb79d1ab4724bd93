import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { config } from "@/lib/config";
import { db } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { clientIp } from "@/lib/http/client-ip";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { oidcProvider, type OidcClaims } from "./oidc";
import { checkOidcSignIn } from "./sign-in-oidc";
import { createAuthSession, findSessionActor, revokeSession, sessionMaxAgeSeconds } from "./sessions";
import { signInWithPassword } from "./sign-in";

/** Login error codes the login form understands (next-auth passes the thrown message through). */
function loginErrorCode(error: unknown): string {
  if (error instanceof AppError && error.code === "rate_limited") return `RateLimited:${error.details?.retryAfter ?? 60}`;
  if (error instanceof AppError && error.code === "forbidden") return "Disabled";
  if (error instanceof AppError && error.code === "validation") return "InvalidInput";
  if (isDatabaseUnavailable(error)) return "Unavailable";
  return "CredentialsSignin";
}

const oidc = oidcProvider();
const useSecureCookies = config().NODE_ENV === "production" && (config().NEXTAUTH_URL ?? "").startsWith("https://");
/** next-auth's session cookie, read directly on every request by current-actor.ts. */
export const sessionCookieName = `${useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;

/** Thrown from the jwt callback for a session that ended: next-auth then answers no session and clears the cookie. */
class SessionEnded extends Error {}

export const authOptions: NextAuthOptions = {
  secret: config().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  useSecureCookies,
  // Refusals and provider errors come back to our login page with a reason, not next-auth's own.
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const ip = clientIp(req?.headers ?? {});
        const requestId = (req?.headers as Record<string, string> | undefined)?.["x-request-id"];
        try {
          const { userId, sessionId } = await signInWithPassword({ ...credentials, ip });
          log.info({ event: "login", method: "password", userId, ip, requestId }, "login succeeded");
          return { id: userId, sessionId };
        } catch (error) {
          const code = loginErrorCode(error);
          log.warn({ event: "login_failed", method: "password", email: credentials?.email, ip, code, requestId }, "login failed");
          throw new Error(code);
        }
      },
    }),
    ...(oidc ? [oidc] : []),
  ],
  callbacks: {
    // One rule for where sign-in may send a person: a path on our own origin (safe-return-path.ts).
    async redirect({ url, baseUrl }) {
      return `${baseUrl}${safeReturnPath(url, baseUrl)}`;
    },
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      const outcome = await checkOidcSignIn((profile ?? {}) as Partial<OidcClaims>);
      if (outcome.ok) {
        log.info({ event: "login", method: "oidc", userId: outcome.userId }, "login succeeded");
        return true;
      }
      log.warn({ event: "login_failed", method: "oidc", email: outcome.email, code: outcome.refusal }, "login failed");
      return `/login?error=${outcome.refusal}`;
    },
    async jwt({ token, user, account }) {
      if (!user) {
        // /api/auth/session must not answer (nor re-issue the cookie) for a revoked session or a disabled user.
        if (typeof token.sid !== "string" || !(await findSessionActor(token.sid))) throw new SessionEnded("session ended");
        return token;
      }
      // First call after sign-in: bind the token to a server-side session row.
      if (account?.provider === "oidc") {
        const known = await db.user.findUniqueOrThrow({ where: { email: user.email!.toLowerCase() }, select: { id: true } });
        return { sid: await createAuthSession(known.id), sub: known.id };
      }
      return { sid: (user as { sessionId?: string }).sessionId, sub: user.id };
    },
    async session({ session, token }) {
      return { ...session, sid: token.sid };
    },
  },
  logger: {
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR" && (metadata as { error?: unknown })?.error instanceof SessionEnded) return;
      log.error({ event: "next_auth_error", code, metadata }, "next-auth error");
    },
    warn(code) {
      log.warn({ event: "next_auth_warning", code }, "next-auth warning");
    },
    debug() {},
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(token.sid);
    },
  },
};
