/** Wherever callbackUrl points, signing in lands on our own origin (safe-return-path.ts). */
import { expect, test } from "@playwright/test";
import { openRedirectPayloads } from "../lib/http/open-redirect-corpus";
import { apiAs } from "./support/api-login";
import { seedUser } from "./support/seed";

test(`signing in with each of ${openRedirectPayloads.length} open-redirect payloads lands on our origin`, async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const user = await seedUser("REVIEWER");
  const origin = new URL(baseURL!).origin;
  // Requests that leave our origin are answered by nobody: the browser stays put and we see where it tried to go.
  const offsite: string[] = [];
  await page.route((url) => url.origin !== origin, (route) => {
    offsite.push(route.request().url());
    return route.abort();
  });
  for (const payload of openRedirectPayloads) {
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(payload)}`);
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signed-in-user"), payload).toContainText(user.name);
    expect(new URL(page.url()).origin, payload).toBe(origin);
  }
  expect(offsite).toEqual([]);
});

test("a signed-in visitor of /login and next-auth's own callback redirect only to our origin", async ({ baseURL }) => {
  const user = await seedUser("REVIEWER");
  const client = await apiAs(baseURL!, user);
  const origin = new URL(baseURL!).origin;
  for (const payload of openRedirectPayloads) {
    const response = await client.get(`/login?callbackUrl=${encodeURIComponent(payload)}`, { maxRedirects: 0 });
    expect(response.status(), payload).toBe(307);
    expect(new URL(response.headers().location, origin).origin, payload).toBe(origin);
  }
  // next-auth's credentials callback with an off-site callbackUrl: no 500, and no off-site Location.
  const anonymous = await apiAs(baseURL!, null);
  const { csrfToken } = await (await anonymous.get("/api/auth/csrf")).json();
  for (const payload of ["https://evil.example/", "/\t/evil.example", "//evil.example"]) {
    const response = await anonymous.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: user.email, password: user.password, callbackUrl: payload },
      maxRedirects: 0,
    });
    expect(response.status(), payload).toBeLessThan(500);
    const location = response.headers().location;
    if (location) expect(new URL(location, origin).origin, payload).toBe(origin);
  }
  await client.dispose();
  await anonymous.dispose();
});
