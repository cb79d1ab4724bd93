import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getPageActor } from "@/lib/auth/current-actor";
import { oidcProvider } from "@/lib/auth/oidc";
import { config } from "@/lib/config";
import { safeReturnPath } from "@/lib/http/safe-return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl, config().NEXTAUTH_URL);
  const oidc = oidcProvider();
  if (await getPageActor("/login")) redirect(returnTo);
  return (
    <section className="login">
      <h1>Sign in</h1>
      <p className="muted">Fact-checking desk: annotate claims, attach sources, review and export.</p>
      <LoginForm returnTo={returnTo} oidcName={oidc ? oidc.name : null} signInError={typeof error === "string" ? error : null} />
    </section>
  );
}
