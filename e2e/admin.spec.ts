import { expect, test } from "@playwright/test";
import { db } from "../lib/db/client";
import { logIn, waitForHydration } from "./support/login";
import { seedUser } from "./support/seed";

test("a reviewer gets a 403 page on the admin page and 403 from admin routes", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const target = await seedUser("EDITOR");
  await logIn(page, reviewer);

  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "403 — Not allowed" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);

  expect((await page.request.get("/api/admin/users")).status()).toBe(403);
  const create = await page.request.post("/api/admin/users", {
    data: { name: "Sneaky", email: "sneaky@e2e.test", role: "ADMIN", password: "a long enough password" },
  });
  expect(create.status()).toBe(403);
  const promote = await page.request.patch(`/api/admin/users/${reviewer.id}`, { data: { role: "ADMIN" } });
  expect(promote.status()).toBe(403);
  const disable = await page.request.patch(`/api/admin/users/${target.id}`, { data: { disabled: true } });
  expect(disable.status()).toBe(403);

  expect(await db.user.count({ where: { email: "sneaky@e2e.test" } })).toBe(0);
  expect((await db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).role).toBe("REVIEWER");
  expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).toBeNull();
});

test("an admin adds a user, fixing the fields the form points out, and the new user can sign in", async ({ page, browser }) => {
  const admin = await seedUser("ADMIN");
  await logIn(page, admin, "/admin");
  const form = page.getByRole("form", { name: "Add a user" });

  await form.getByLabel("Email").fill("not an email");
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByText("Enter a name")).toBeVisible();
  await expect(form.getByText("Enter a valid email address")).toBeVisible();
  await expect(form.getByText("Use at least 10 characters")).toBeVisible();

  const email = `new-${Date.now()}@e2e.test`;
  await form.getByLabel("Name").fill("Noor Newcomer");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("EDITOR");
  await form.getByLabel("Initial password").fill("a long enough password");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByText(`Created ${email}`)).toBeVisible();
  await expect(page.getByRole("row", { name: email })).toContainText("Noor Newcomer");

  const newcomer = await browser.newPage();
  await logIn(newcomer, { email, password: "a long enough password", name: "Noor Newcomer" });
  await expect(newcomer.getByTestId("signed-in-user")).toContainText("EDITOR");
  await newcomer.close();
});

test("a disabled user is signed out at their next request and cannot sign back in", async ({ page, browser }) => {
  const admin = await seedUser("ADMIN");
  const reviewer = await seedUser("REVIEWER");
  const reviewerPage = await browser.newPage();
  await logIn(reviewerPage, reviewer);

  await logIn(page, admin, "/admin");
  const row = page.getByRole("row", { name: reviewer.email });
  await row.getByRole("button", { name: `Disable ${reviewer.email}` }).click();
  await expect(row.getByText("Account disabled")).toBeVisible();
  await expect(row.getByRole("cell", { name: "Disabled", exact: true })).toBeVisible();

  await reviewerPage.reload();
  await expect(reviewerPage).toHaveURL(/\/login/);
  await waitForHydration(reviewerPage);
  await reviewerPage.getByLabel("Email").fill(reviewer.email);
  await reviewerPage.getByLabel("Password").fill(reviewer.password);
  await reviewerPage.getByRole("button", { name: "Sign in" }).click();
  await expect(reviewerPage.getByText("This account is disabled. Ask an administrator.")).toBeVisible();
  await reviewerPage.close();
});

test("an admin changes a role and resets a password", async ({ page, browser }) => {
  const admin = await seedUser("ADMIN");
  const reviewer = await seedUser("REVIEWER");
  await logIn(page, admin, "/admin");
  const row = page.getByRole("row", { name: reviewer.email });

  await row.getByLabel(`Role for ${reviewer.email}`).selectOption("EDITOR");
  await expect(row.getByText("Role changed")).toBeVisible();

  await row.getByRole("button", { name: `Reset password for ${reviewer.email}` }).click();
  await row.getByLabel(`New password for ${reviewer.email}`).fill("short");
  await row.getByRole("button", { name: "Save password" }).click();
  await expect(row.getByText("Use at least 10 characters")).toBeVisible();
  await row.getByLabel(`New password for ${reviewer.email}`).fill("a fresh password 42");
  await row.getByRole("button", { name: "Save password" }).click();
  await expect(row.getByText("Password reset")).toBeVisible();

  const promoted = await browser.newPage();
  await logIn(promoted, { email: reviewer.email, password: "a fresh password 42", name: reviewer.name });
  await expect(promoted.getByTestId("signed-in-user")).toContainText("EDITOR");
  await promoted.close();
});
