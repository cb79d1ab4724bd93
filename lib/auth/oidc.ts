import type { Provider } from "next-auth/providers/index";
import { config, type Config } from "@/lib/config";

/**
 * Optional single sign-on through any OpenID Connect provider, switched on by OIDC_ISSUER,
 * OIDC_CLIENT_ID and OIDC_CLIENT_SECRET. Accounts are still provisioned by an admin: a person
 * signs in through OIDC only if a user with their verified email exists and is enabled.
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
    idToken: true,
    checks: ["pkce", "state"],
    profile(profile: { sub: string; email?: string; email_verified?: boolean; name?: string }) {
      return { id: profile.sub, email: profile.email_verified === false ? null : (profile.email ?? null), name: profile.name ?? null };
    },
  };
}
