/**
 * axe (WCAG 2.1 A and AA rules) on every page, signed out and signed in, with the claim panel
 * open and showing field errors: any violation fails, listed by rule and element.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createApiToken } from "../lib/api-tokens/manage-api-tokens";
import { db } from "../lib/db/client";
import { logIn, waitForHydration } from "./support/login";
import { seedArticle, seedClaim, seedUser } from "./support/seed";
import { waitForViewer } from "./support/viewer";

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(found, `axe on ${what}`).toEqual([]);
}

test("the sign-in page, with and without errors", async ({ page }) => {
  await page.goto("/login");
  await waitForHydration(page);
  await expectNoViolations(page, "/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expectNoViolations(page, "/login with field errors");
});

test("every signed-in page", async ({ page }) => {
  test.setTimeout(120_000);
  const admin = await seedUser("ADMIN");
  const article = await seedArticle(admin.id);
  const claim = await seedClaim(article.id, "Construction costs rose 38% to $112 million", admin.id);
  const snapshot = await db.snapshot.create({
    data: { requestedUrl: "https://news.example/a", finalUrl: "https://news.example/a", status: 200, contentType: "text/html", sha256: "a".repeat(64), byteSize: 9, body: new Uint8Array(Buffer.from("<p>Hi</p>")), title: "A story", text: "Fares rose 12%.\n\nThe authority said so." },
  });
  await createApiToken({ actor: admin, input: { name: "Newsletter", scopes: ["read", "export"] } });
  await logIn(page, admin);

  const pages = [
    "/",
    "/articles/new",
    `/articles/${article.slug}`,
    `/articles/${article.slug}/edit`,
    `/articles/${article.slug}/revisions/1`,
    "/export",
    "/mentions",
    "/admin",
    "/admin/verdicts",
    "/admin/tokens",
    "/admin/webhooks",
    "/account",
    `/snapshots/${snapshot.id}`,
    "/claims?q=construction%20costs",
    "/claims?q=",
    "/dashboard",
    "/dashboard?from=2026-03-08&to=2026-03-01",
    "/no-such-page",
  ];
  for (const path of pages) {
    await page.goto(path);
    await waitForHydration(page);
    await expectNoViolations(page, path);
  }

  // The workspace with a claim open, a source form and a field error showing.
  await page.goto(`/articles/${article.slug}?claim=${claim.id}`);
  await waitForViewer(page);
  const panel = page.getByRole("region", { name: "Selected claim" });
  await expect(panel.getByTestId("claim-quote")).toBeVisible();
  await panel.getByRole("button", { name: "Add source" }).click();
  await panel.getByRole("form", { name: "Add a source" }).getByRole("button", { name: "Save source" }).click();
  await expect(panel.getByRole("form", { name: "Add a source" }).getByLabel("URL")).toHaveAttribute("aria-invalid", "true");
  await expectNoViolations(page, "the workspace with a claim open");
  await panel.getByRole("button", { name: "Ask for blind verdicts" }).click();
  await panel.getByRole("form", { name: "Ask for blind verdicts" }).getByRole("button", { name: "Ask" }).click();
  await expect(panel.getByText("Choose at least two reviewers")).toBeVisible();
  await expectNoViolations(page, "asking for blind verdicts, with an error");

  // A check-worthiness hint's card, and the suggested sentences open (the job scores the article within moments).
  await expect.poll(async () => (await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, select: { hintsScoredAt: true } })).hintsScoredAt, { timeout: 30_000 }).not.toBeNull();
  await page.reload();
  await waitForViewer(page);
  await page.getByText(/^Suggested sentences/).click();
  await page.locator(".sentence-hint").first().hover();
  await expect(page.getByRole("note", { name: "Check-worthiness hint" })).toBeVisible();
  await expectNoViolations(page, "the workspace with a hint's card showing");

  // The account page with a field error, then with a new token's secret showing.
  await page.goto("/account");
  await waitForHydration(page);
  const tokenForm = page.getByRole("form", { name: "Create an API token" });
  await tokenForm.getByRole("checkbox", { name: /read/ }).uncheck();
  await tokenForm.getByRole("button", { name: "Create token" }).click();
  await expect(tokenForm.getByText("Choose at least one scope")).toBeVisible();
  await expectNoViolations(page, "the token form with errors");
  await tokenForm.getByLabel("Name").fill("Spreadsheet");
  await tokenForm.getByRole("checkbox", { name: /read/ }).check();
  await tokenForm.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByLabel("New token")).toHaveValue(/^fct_/);
  await expectNoViolations(page, "a new token's secret");
});

test("the outage page: no timed refresh, and it takes the person back once the service answers", async ({ page }) => {
  expect((await page.goto("/unavailable?from=/mentions"))?.status()).toBe(503);
  await expectNoViolations(page, "/unavailable");
  // The service is up here, so its next health check sends the person on (to sign in first).
  await page.waitForURL(/\/login\?callbackUrl=%2Fmentions$/, { timeout: 15_000 });
});

test("the forbidden page a reviewer meets", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  await logIn(page, reviewer);
  expect((await page.goto("/admin"))?.status()).toBe(403);
  await expectNoViolations(page, "/admin as a reviewer");
});
