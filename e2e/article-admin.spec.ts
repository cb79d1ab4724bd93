import { expect, test } from "@playwright/test";
import { db } from "../lib/db/client";
import { logIn } from "./support/login";
import { seedArticle, seedUser } from "./support/seed";

test("an editor fixes a mistyped publication date in the article's details; a five-digit year is refused beside the field", async ({ page }) => {
  const editor = await seedUser("EDITOR");
  const article = await seedArticle(editor.id);
  await logIn(page, editor, `/articles/${article.slug}/edit`);
  const form = page.getByRole("form", { name: "Article details" });
  // A browser's date field sends a mistyped year as typed; the server must refuse it, not store it.
  await form.getByLabel("Published").evaluate((input: HTMLInputElement) => {
    input.type = "text";
    input.value = "20260-01-01";
  });
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(form.getByText("Enter a date as YYYY-MM-DD")).toBeVisible();
  expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).publishedAt).toBeNull();

  await form.getByLabel("Published").fill("2026-01-01");
  await form.getByLabel("Outlet").fill("Harbour Post (print)");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(form.getByText("Details saved")).toBeVisible();
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByText("Harbour Post (print) · 2026-01-01")).toBeVisible();
});

test("an admin deletes an article with a reason and restores it from the library", async ({ page }) => {
  const admin = await seedUser("ADMIN");
  const article = await seedArticle(admin.id);
  await logIn(page, admin, `/articles/${article.slug}/edit`);
  await page.getByRole("button", { name: "Delete article" }).click();
  const confirm = page.getByRole("form", { name: "Delete article?" });
  await confirm.getByLabel("Why delete it?").fill("Imported twice");
  await confirm.getByRole("button", { name: "Delete article" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: article.title })).toHaveCount(0);
  expect((await page.goto(`/articles/${article.slug}`))?.status()).toBe(404);

  await page.goto("/");
  await page.getByText(/^Deleted articles/).click();
  await page.getByRole("button", { name: `Restore ${article.title}` }).click();
  await expect(page.getByRole("link", { name: article.title })).toBeVisible();
  expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).deletedAt).toBeNull();
});
