import { expect, test } from "@playwright/test";
import { db } from "../lib/db/client";
import { apiAs } from "./support/api-login";
import { logIn, waitForHydration } from "./support/login";
import { seedUser } from "./support/seed";

test.describe("signing in", () => {
  for (const role of ["ADMIN", "EDITOR", "REVIEWER"] as const) {
    test(`${role.toLowerCase()} signs in and sees their name and role`, async ({ page }) => {
      const user = await seedUser(role);
      await logIn(page, user);
      const header = page.getByTestId("signed-in-user");
      await expect(header).toContainText(user.name);
      await expect(header).toContainText(role);
      await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(role === "ADMIN" ? 1 : 0);
      await expect(nav.getByRole("link", { name: "Verdicts" })).toHaveCount(role === "ADMIN" ? 1 : 0);
    });
  }

  test("a wrong password shows an error and keeps the visitor out", async ({ page }) => {
    const user = await seedUser("REVIEWER");
    await page.goto("/login");
    await waitForHydration(page);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("missing or malformed fields get a message beside each field", async ({ page }) => {
    await page.goto("/login");
    await waitForHydration(page);
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    await expect(page.getByText("Enter your password")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });

  test("too many failed attempts tell the person how long to wait", async ({ page }) => {
    const user = await seedUser("REVIEWER");
    await page.goto("/login");
    await waitForHydration(page);
    await page.getByLabel("Email").fill(user.email);
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.getByLabel("Password").fill(`wrong ${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText("Wrong email or password.")).toBeVisible();
    }
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(/Too many attempts, try again in \d+ s/)).toBeVisible();
  });
});

test.describe("signed-out visitors", () => {
  for (const path of ["/", "/admin", "/articles/some-article"]) {
    test(`are sent from ${path} to the login page`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login/);
      await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    });
  }

  test("come back to the page they asked for after signing in", async ({ page }) => {
    const admin = await seedUser("ADMIN");
    await page.goto("/admin");
    await waitForHydration(page);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  });

  test("get 401 from API routes", async ({ request }) => {
    expect((await request.get("/api/admin/users")).status()).toBe(401);
  });
});

test("signing out ends the session, even for a copy of the cookie", async ({ page, browser }) => {
  const user = await seedUser("EDITOR");
  await logIn(page, user);
  const copied = await page.context().cookies();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const stale = await replay.newPage();
  await stale.goto("/");
  await expect(stale).toHaveURL(/\/login/);
  expect((await stale.request.get("/api/admin/users")).status()).toBe(401);
  await replay.close();
});

test("/api/auth/session answers no session, and re-issues no cookie, once the session is revoked or the user disabled", async ({ baseURL }) => {
  for (const end of ["revoke", "disable"] as const) {
    const user = await seedUser("EDITOR");
    const client = await apiAs(baseURL!, user);
    const live = await client.get("/api/auth/session");
    expect(await live.json()).toMatchObject({ user: {} });
    if (end === "revoke") await db.authSession.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    else await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const ended = await client.get("/api/auth/session");
    expect(ended.status(), end).toBe(200);
    expect(await ended.json(), end).toEqual({});
    const cookies = ended.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
    // Only a clearing cookie (empty value), never a fresh session token.
    expect(cookies.filter((c) => /session-token=[^;]+/.test(c)), end).toEqual([]);
    await client.dispose();
  }
});
