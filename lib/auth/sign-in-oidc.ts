import { db } from "@/lib/db/client";
import { verifiedEmail, type OidcClaims } from "./oidc";

/** Why single sign-on refused someone: codes the login page turns into sentences. */
export type OidcRefusal = "OidcUnverified" | "OidcNoAccount" | "Disabled";

export type OidcSignIn = { ok: true; userId: string; email: string } | { ok: false; refusal: OidcRefusal; email: string | null };

/**
 * Whether the person a provider vouches for may sign in: a verified email that belongs to an
 * enabled account here. Nobody is created by signing in; an admin adds people first.
 */
export async function checkOidcSignIn(claims: Partial<OidcClaims>): Promise<OidcSignIn> {
  const email = verifiedEmail(claims);
  if (!email) return { ok: false, refusal: "OidcUnverified", email: typeof claims.email === "string" ? claims.email : null };
  const user = await db.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
  if (!user) return { ok: false, refusal: "OidcNoAccount", email };
  if (user.disabledAt) return { ok: false, refusal: "Disabled", email };
  return { ok: true, userId: user.id, email };
}
