import { describe, expect, it } from "vitest";
import { oidcProvider, verifiedEmail } from "./oidc";

describe("verifiedEmail", () => {
  it("accepts only an email the provider marks verified", () => {
    expect(verifiedEmail({ email: "A.Person@Example.org", email_verified: true })).toBe("a.person@example.org");
    expect(verifiedEmail({ email: "a@example.org", email_verified: "true" })).toBe("a@example.org");
    expect(verifiedEmail({ email: "a@example.org", email_verified: false })).toBeNull();
    expect(verifiedEmail({ email: "a@example.org" })).toBeNull();
    expect(verifiedEmail({ email: "a@example.org", email_verified: "yes" })).toBeNull();
    expect(verifiedEmail({ email_verified: true })).toBeNull();
    expect(verifiedEmail({ email: "", email_verified: true })).toBeNull();
  });
});

describe("oidcProvider", () => {
  const settings = { OIDC_ISSUER: "https://sso.example.org/", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "secret", OIDC_NAME: "Newsroom SSO" };

  it("is off unless issuer, client id and secret are all set", () => {
    expect(oidcProvider({ ...settings, OIDC_CLIENT_SECRET: undefined })).toBeNull();
  });

  it("carries OIDC_NAME and refuses an unverified email in the profile", () => {
    const provider = oidcProvider(settings)!;
    expect(provider.name).toBe("Newsroom SSO");
    const profile = (provider as unknown as { profile: (p: object) => { email: string | null } }).profile;
    expect(profile({ sub: "1", email: "a@example.org" }).email).toBeNull();
    expect(profile({ sub: "1", email: "a@example.org", email_verified: true }).email).toBe("a@example.org");
  });
});
