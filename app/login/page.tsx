import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getPageActor } from "@/lib/auth/current-actor";
import { oidcProvider } from "@/lib/auth/oidc";
import { config } from "@/lib/config";
import { safeReturnPath } from "@/lib/http/safe-return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const returnTo = safeReturnPath((await searchParams).callbackUrl, config().NEXTAUTH_URL);
  if (await getPageActor("/login")) redirect(returnTo);
  return (
    <section className="login">
      <h1>Sign in</h1>
      <p className="muted">Fact-checking desk: annotate claims, attach sources, review and export.</p>
      <LoginForm returnTo={returnTo} oidcEnabled={oidcProvider() !== null} />
    </section>
  );
}
