"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { loginSchema } from "@/lib/auth/schema";
import { fieldErrors } from "@/lib/validation";
import { FormField } from "@/components/forms/form-field";

/** Turns the codes lib/auth/options.ts passes through next-auth into sentences. */
function loginErrorMessage(code: string): string {
  const rateLimited = /^RateLimited:(\d+)$/.exec(code);
  if (rateLimited) return `Too many attempts, try again in ${rateLimited[1]} s`;
  if (code === "Disabled") return "This account is disabled. Ask an administrator.";
  if (code === "InvalidInput") return "Enter your email and password.";
  if (code === "Unavailable") return "The service is unavailable, please retry in a few seconds.";
  return "Wrong email or password.";
}

/** Why single sign-on sent the person back (lib/auth/sign-in-oidc.ts, or next-auth's own error names). */
function singleSignOnMessage(code: string): string {
  if (code === "OidcNoAccount") return "No account for this email — ask an admin.";
  if (code === "OidcUnverified") return "Your sign-in provider has not confirmed that this email address is yours, so it cannot be used here.";
  if (code === "Disabled") return "This account is disabled. Ask an administrator.";
  return "Single sign-on did not complete. Try again, or sign in with your password.";
}

export function LoginForm({ returnTo, oidcName, signInError }: { returnTo: string; oidcName: string | null; signInError: string | null }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(signInError ? singleSignOnMessage(signInError) : null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const data = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = loginSchema.safeParse(data);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (!result || result.error) {
        setFormError(loginErrorMessage(result?.error ?? ""));
        return;
      }
      // A full load, not a client transition: routes prefetched while signed out are stale now.
      window.location.assign(returnTo);
    } catch {
      setFormError("Could not reach the server. Try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    // method="post": should someone submit before the page is interactive, the password must
    // not end up in a URL (and so in logs).
    <form className="form" method="post" onSubmit={onSubmit} noValidate>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <FormField label="Email" name="email" type="email" autoComplete="username" error={errors.email} />
      <FormField label="Password" name="password" type="password" autoComplete="current-password" error={errors.password} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      {oidcName && (
        <button type="button" className="button" onClick={() => signIn("oidc", { callbackUrl: returnTo })}>
          Sign in with {oidcName}
        </button>
      )}
    </form>
  );
}
