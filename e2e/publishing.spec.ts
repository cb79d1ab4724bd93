/**
 * Verdicts the public can read: an editor verifies and publishes a claim; anyone, signed out,
 * reads its fact-check page with ClaimReview JSON-LD; the editor takes it down and it is gone.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { claimReviewProblems } from "../tests/support/claim-review-requirements";
import { apiAs } from "./support/api-login";
import { logIn, waitForHydration } from "./support/login";
import { seedArticle, seedUser } from "./support/seed";
import { waitForViewer } from "./support/viewer";

test("an editor verifies and publishes a claim; the public reads it signed out; unpublished, it answers 410", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const [reviewer, editor] = await Promise.all([seedUser("REVIEWER"), seedUser("EDITOR")]);
  const article = await seedArticle(reviewer.id, `Depot costs ${Date.now()}`);
  // A reviewer's claim in review, with a verdict, a rationale and a source.
  const api = await apiAs(baseURL!, reviewer);
  const { claim } = await (await api.post(`/api/articles/${article.id}/claims`, { data: { exact: "Construction costs rose 38% to $112 million", statement: "Depot construction costs rose 38%" } })).json();
  await api.patch(`/api/claims/${claim.id}`, { data: { version: 1, changes: { verdictId: "verdict_mostly_true", rationale: "The council's budget papers show a 36% rise.", claimant: "City officials" } } });
  await api.post(`/api/claims/${claim.id}/sources`, { data: { url: "https://council.example/budget", title: "Council budget papers", quotedPassage: "up 36%" } });
  expect((await api.post(`/api/claims/${claim.id}/status`, { data: { version: 3, status: "IN_REVIEW" } })).status()).toBe(200);
  await api.dispose();

  await logIn(page, editor, `/articles/${article.slug}?claim=${claim.id}`);
  await waitForViewer(page);
  const panel = page.getByRole("region", { name: "Selected claim" });
  await panel.getByRole("button", { name: "Verify" }).click();
  await expect(panel.getByRole("region", { name: "Review" })).toContainText("Verified");
  const publication = panel.getByRole("region", { name: "Public page" });
  await publication.getByRole("button", { name: "Publish fact-check" }).click();
  const link = publication.getByRole("link", { name: /^\/f\// });
  await expect(link).toBeVisible();
  const path = (await link.getAttribute("href"))!;

  // Signed out: the page, its JSON-LD, its headers.
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  const response = await publicPage.goto(`${baseURL}${path}`);
  expect(response?.status()).toBe(200);
  await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText("Depot construction costs rose 38%");
  await expect(publicPage.locator("mark")).toHaveText("Construction costs rose 38% to $112 million");
  await expect(publicPage.getByText("The council's budget papers show a 36% rise.")).toBeVisible();
  await expect(publicPage.getByRole("link", { name: "Council budget papers" })).toHaveAttribute("href", "https://council.example/budget");
  const headers = response!.headers();
  expect(headers["cache-control"]).toBe("public, max-age=60, must-revalidate");
  expect(headers["content-security-policy"]).toContain("script-src 'self' 'nonce-");
  const jsonLd = JSON.parse((await publicPage.locator('script[type="application/ld+json"]').textContent())!);
  expect(claimReviewProblems(jsonLd)).toEqual([]);
  expect(jsonLd).toMatchObject({ url: `${baseURL}${path}`, claimReviewed: "Depot construction costs rose 38%", reviewRating: { alternateName: "Mostly true" }, itemReviewed: { author: { name: "City officials" } } });
  expect(await publicPage.content()).not.toContain(editor.name);
  const axe = await new AxeBuilder({ page: publicPage }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  const again = await visitor.request.get(`${baseURL}${path}`, { headers: { "If-None-Match": headers.etag } });
  expect(again.status()).toBe(304);
  const feed = await (await visitor.request.get(`${baseURL}/f/feed.xml`)).text();
  expect(feed).toContain(`<link href="${baseURL}${path}"/>`);

  // Taken down with a reason: 410 for everyone, and out of the feed.
  await publication.getByRole("button", { name: "Unpublish fact-check" }).click();
  const confirm = publication.getByRole("form", { name: "Unpublish fact-check?" });
  await confirm.getByLabel("Why unpublish it?").fill("The council corrected its figures");
  await confirm.getByRole("button", { name: "Unpublish fact-check" }).click();
  await expect(publication.getByRole("button", { name: "Publish fact-check" })).toBeVisible();
  // (A browser that saw the page may keep it for its minute of max-age; a fresh request gets 410.)
  await expect.poll(async () => (await visitor.request.get(`${baseURL}${path}`)).status(), { timeout: 10_000 }).toBe(410);
  const gone = await visitor.request.get(`${baseURL}${path}`);
  expect(await gone.text()).toContain("This fact-check was withdrawn by the desk.");
  expect(await (await visitor.request.get(`${baseURL}/f/feed.xml`)).text()).not.toContain(path);
  expect((await visitor.request.get(`${baseURL}/f/no-such-fact-check`)).status()).toBe(404);
  await visitor.close();
  await waitForHydration(page);
});
