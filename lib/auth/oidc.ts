import type { Provider } from "next-auth/providers/index";
import { config, type Config } from "@/lib/config";

/** The claims we read, from the ID token and userinfo together. */
export type OidcClaims = { sub: string; email?: unknown; email_verified?: unknown; name?: unknown };

/**
 * The email to sign in with, only when the provider says it is verified. A missing
 * `email_verified` is not a yes: some providers let people type any address.
 */
export function verifiedEmail(claims: Partial<OidcClaims>): string | null {
  if (typeof claims.email !== "string" || claims.email === "") return null;
  const verified = claims.email_verified === true || claims.email_verified === "true";
  return verified ? claims.email.toLowerCase() : null;
}

/**
 * Optional single sign-on through any OpenID Connect provider, switched on by OIDC_ISSUER,
 * OIDC_CLIENT_ID and OIDC_CLIENT_SECRET. Accounts are still provisioned by an admin: a person
 * signs in through OIDC only if a user with their verified email exists and is enabled
 * (the signIn callback in options.ts).
 */
export function oidcProvider(settings: Pick<Config, "OIDC_ISSUER" | "OIDC_CLIENT_ID" | "OIDC_CLIENT_SECRET" | "OIDC_NAME"> = config()): Provider | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = settings;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    id: "oidc",
    name: settings.OIDC_NAME,
    type: "oauth",
    wellKnown: `${OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    // The ID token is validated (issuer, audience, expiry, signature)...
    idToken: true,
    checks: ["pkce", "state"],
    userinfo: {
      // ...and userinfo read as well: many providers put email claims only there. openid-client
      // refuses a userinfo answer whose `sub` is not the ID token's.
      async request({ client, tokens }) {
        // next-auth hands over openid-client's TokenSet (its types say only the parameters).
        const tokenSet = tokens as Parameters<typeof client.userinfo>[0] & { claims: () => Record<string, unknown> };
        const fromIdToken = tokenSet.claims();
        const fromUserinfo = tokens.access_token ? await client.userinfo(tokenSet) : {};
        return { ...fromIdToken, ...fromUserinfo };
      },
    },
    profile(profile: OidcClaims) {
      return { id: profile.sub, email: verifiedEmail(profile), name: typeof profile.name === "string" ? profile.name : null };
    },
  };
}
