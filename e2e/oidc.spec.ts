/**
 * Single sign-on against a real OpenID provider (oidc-provider) on loopback, and the sign-in
 * log lines. The desk runs with its own settings (OIDC_*), so it is a desk of this test's own.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Browser } from "@playwright/test";
import Provider, { type FindAccount } from "oidc-provider";
import { freePort } from "../tests/support/test-database";
import { startOwnDesk, type OwnDesk } from "./support/own-desk";

type Account = { email?: string; email_verified?: boolean; name: string; emailOnlyInUserinfo?: boolean };

/** The provider's people, by the login typed on its (development) sign-in page. */
const accounts: Record<string, Account> = {
  known: { email: "Known.Person@oidc.test", email_verified: true, name: "Known Person" },
  stranger: { email: "stranger@oidc.test", email_verified: true, name: "Stranger" },
  unverified: { email: "unverified@oidc.test", email_verified: false, name: "Unverified" },
  silent: { email: "silent@oidc.test", name: "No email_verified claim" },
  userinfo: { email: "userinfo@oidc.test", email_verified: true, name: "Email in userinfo", emailOnlyInUserinfo: true },
};

const findAccount: FindAccount = async (_ctx, id) => {
  const account = accounts[id];
  if (!account) return undefined;
  return {
    accountId: id,
    async claims(use) {
      const { emailOnlyInUserinfo, ...claims } = account;
      if (use === "id_token" && emailOnlyInUserinfo) return { sub: id, name: claims.name };
      return { sub: id, ...claims };
    },
  };
};

async function startProvider(redirectUri: string) {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: "factcheck", client_secret: "factcheck e2e secret", redirect_uris: [redirectUri], grant_types: ["authorization_code"], response_types: ["code"] }],
    findAccount,
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Claims go into the ID token too (not only userinfo), except where an account says otherwise.
    conformIdTokenClaims: false,
    cookies: { keys: ["oidc e2e cookie key"] },
    features: { devInteractions: { enabled: true } },
  });
  server.on("request", provider.callback());
  return { issuer, close: () => new Promise((resolve) => server.close(resolve)) };
}

let desk: OwnDesk;
let provider: Awaited<ReturnType<typeof startProvider>>;
const users: Record<string, string> = {};

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  provider = await startProvider(`http://localhost:${port}/api/auth/callback/oidc`);
  desk = await startOwnDesk("factcheck_oidc", {
    port,
    env: { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: "factcheck", OIDC_CLIENT_SECRET: "factcheck e2e secret", OIDC_NAME: "Harbour SSO" },
  });
  // Accounts here for everyone but the stranger, so each refusal is for its own reason.
  for (const id of ["known", "unverified", "silent", "userinfo"]) users[id] = (await desk.addUser("REVIEWER", accounts[id].email!.toLowerCase())).id;
});

test.afterAll(async () => {
  await desk?.stop();
  await provider?.close();
});

/** Goes through the provider's sign-in and consent pages as `login`; returns the page where it lands. */
async function signInThroughProvider(browser: Browser, login: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${desk.baseUrl}/login`);
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
  await page.getByRole("button", { name: "Sign in with Harbour SSO" }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  return page;
}

test("a person whose verified email has an account signs in; the button carries OIDC_NAME", async ({ browser }) => {
  const page = await signInThroughProvider(browser, "known");
  await expect(page.getByTestId("signed-in-user")).toContainText("Reviewer");
  expect(new URL(page.url()).pathname).toBe("/");
});

test("an email given only by userinfo is read from there", async ({ browser }) => {
  const page = await signInThroughProvider(browser, "userinfo");
  await expect(page.getByTestId("signed-in-user")).toContainText("Reviewer");
});

for (const [login, reason] of [
  ["stranger", "No account for this email — ask an admin."],
  ["unverified", "has not confirmed that this email address is yours"],
  ["silent", "has not confirmed that this email address is yours"],
] as const) {
  test(`${login}: refused on our login page with the reason`, async ({ browser }) => {
    const page = await signInThroughProvider(browser, login);
    await expect(page.getByRole("alert").filter({ hasText: reason })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/login");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
  });
}

test("sign-ins and refusals are logged, single sign-on and password alike", async ({ browser }) => {
  const editor = await desk.addUser("EDITOR");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${desk.baseUrl}/login`);
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("signed-in-user")).toContainText(editor.name);
  const refused = await signInThroughProvider(browser, "stranger");
  await expect(refused.getByRole("alert").filter({ hasText: "No account for this email" })).toBeVisible();

  await expect
    .poll(() => desk.logLines().filter((line) => line.event === "login" || line.event === "login_failed").map(({ event, method, userId, email, code }) => ({ event, method, userId, email, code })))
    .toEqual(
      expect.arrayContaining([
        { event: "login_failed", method: "password", userId: undefined, email: editor.email, code: "CredentialsSignin" },
        { event: "login", method: "password", userId: editor.id, email: undefined, code: undefined },
        { event: "login_failed", method: "oidc", userId: undefined, email: "stranger@oidc.test", code: "OidcNoAccount" },
      ]),
    );
  // No log line carries a password.
  expect(JSON.stringify(desk.logLines())).not.toContain("not the password");
});
