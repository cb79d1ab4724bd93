/**
 * Blind second verdicts: an editor asks two reviewers for independent verdicts; each gives
 * theirs without seeing the other's, nor the claim's own (in the page or the API); once both
 * are in, everyone sees them side by side, the editor keeps one, and another editor verifies.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { apiAs } from "./support/api-login";
import { logIn } from "./support/login";
import { seedArticle, seedClaim, seedUser, type SeededUser } from "./support/seed";
import { waitForViewer } from "./support/viewer";

async function openAs(browser: Browser, user: SeededUser, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, user, path);
  await waitForViewer(page);
  return page;
}

async function giveVerdict(page: Page, verdict: string, rationale: string, source: { url: string; title: string }) {
  const form = page.getByRole("form", { name: "Your blind verdict" });
  await form.getByLabel("Your verdict").selectOption({ label: verdict });
  await form.getByLabel("Your rationale").fill(rationale);
  await form.getByLabel("Source 1 address").fill(source.url);
  await form.getByLabel("Source 1 title").fill(source.title);
  await form.getByLabel("Source 1 stance").selectOption({ label: "Refutes" });
  await form.getByRole("button", { name: "Give my verdict" }).click();
}

test("two reviewers give blind verdicts, the editor compares and keeps one, another editor verifies", async ({ browser, baseURL }) => {
  const editor = await seedUser("EDITOR");
  const verifier = await seedUser("EDITOR");
  const [ana, ben] = [await seedUser("REVIEWER", `Ana ${Date.now()}`), await seedUser("REVIEWER", `Ben ${Date.now()}`)];
  const article = await seedArticle(editor.id);
  const claim = await seedClaim(article.id, "Construction costs rose 38%", editor.id, {
    verdictId: "verdict_true",
    rationale: "The editor's first reading of the budget.",
    sources: { create: { url: "https://example.org/editor-first", title: "Editor's first source", createdById: editor.id } },
    comments: { create: { body: "My reading: True, the budget line says 38%.", authorId: editor.id } },
  });
  const path = `/articles/${article.slug}?claim=${claim.id}`;
  // The same claim in another article, already verified as False.
  const elsewhere = await seedArticle(editor.id);
  await seedClaim(elsewhere.id, "Construction costs rose 38%", editor.id, { status: "VERIFIED", verdictId: "verdict_false" });

  const editorPage = await openAs(browser, editor, path);
  const panel = editorPage.getByRole("region", { name: "Blind verdicts" });
  await panel.getByRole("button", { name: "Ask for blind verdicts" }).click();
  const ask = panel.getByRole("form", { name: "Ask for blind verdicts" });
  await ask.getByRole("button", { name: "Ask" }).click();
  await expect(ask.getByText("Choose at least two reviewers")).toBeVisible();
  await ask.getByLabel(ana.name).check();
  await ask.getByLabel(ben.name).check();
  await ask.getByRole("button", { name: "Ask" }).click();
  await expect(panel).toContainText("0 of 2 verdicts in");

  // Ana sees neither the claim's verdict, rationale, sources and comments nor (later) Ben's.
  await expect(editorPage.getByText("My reading: True, the budget line says 38%.")).toBeVisible();
  const anaPage = await openAs(browser, ana, path);
  await expect(anaPage.getByTestId("blind-notice")).toBeVisible();
  await expect(anaPage.getByText("The editor's first reading of the budget.")).toHaveCount(0);
  await expect(anaPage.getByText("Editor's first source")).toHaveCount(0);
  await expect(anaPage.getByText("My reading: True, the budget line says 38%.")).toHaveCount(0);
  // Where else the claim appears, she sees; the verdicts given there, she does not.
  const alreadyChecked = anaPage.getByRole("region", { name: "Already checked" });
  await expect(alreadyChecked).toContainText("Verdicts given elsewhere are hidden until every blind verdict on this claim is in.");
  await expect(alreadyChecked.locator(".claim-match").first()).toContainText("Verdict hidden");
  await expect(alreadyChecked.locator(".claim-match").filter({ hasText: /(True|False|Mostly false|Misleading) · / })).toHaveCount(0);
  await giveVerdict(anaPage, "False", "The tender documents show 12%, not 38%.", { url: "https://example.org/tender", title: "Tender documents" });
  await expect(anaPage.getByTestId("my-blind-verdict")).toContainText("False");
  await expect(editorPage.getByRole("region", { name: "Blind verdicts" })).toContainText("1 of 2 verdicts in", { timeout: 10_000 });

  // Ben, through the API as much as the page, sees nothing of Ana's verdict or the claim's.
  const benApi = await apiAs(baseURL!, ben);
  const seen = await (await benApi.get(`/api/claims/${claim.id}`)).json();
  expect(seen.claim).toMatchObject({ verdict: null, rationale: null, sources: [] });
  expect(seen.blindReviews[0].verdicts).toEqual([]);
  const listed = await (await benApi.get(`/api/claims/${claim.id}/blind-reviews`)).json();
  expect(JSON.stringify(listed)).not.toContain("tender");
  expect((await benApi.patch(`/api/claims/${claim.id}`, { data: { version: seen.claim.version, changes: { tags: ["peek"] } } })).status()).toBe(403);
  await benApi.dispose();

  const benPage = await openAs(browser, ben, path);
  await expect(benPage.getByText("The tender documents show 12%, not 38%.")).toHaveCount(0);
  await giveVerdict(benPage, "Mostly false", "The auditor's report says 30%.", { url: "https://example.org/audit", title: "Audit report" });
  // All in: everyone sees them side by side, with where they differ.
  await expect(benPage.getByTestId("blind-comparison")).toContainText("They differ: False (1), Mostly false (1)");
  await expect(benPage.getByTestId("blind-comparison")).toContainText("The tender documents show 12%, not 38%.");

  const comparison = editorPage.getByTestId("blind-comparison");
  await expect(comparison).toContainText("The auditor's report says 30%.", { timeout: 10_000 });
  await comparison.getByRole("button", { name: `Keep ${ana.name}’s verdict` }).click();
  await expect(editorPage.getByRole("region", { name: "Blind verdicts" })).toContainText(`Adjudicated by ${editor.name}`);
  await expect(editorPage.getByRole("region", { name: "Sources" })).toContainText("Tender documents");
  await expect(editorPage.getByRole("region", { name: "Sources" })).not.toContainText("Audit report");

  // The final verdict goes through normal verification: not by the adjudicator, by another editor.
  const editorApi = await apiAs(baseURL!, editor);
  const settled = (await (await editorApi.get(`/api/claims/${claim.id}`)).json()).claim;
  expect(settled).toMatchObject({ status: "IN_REVIEW", verdict: { label: "False" }, rationale: "The tender documents show 12%, not 38%." });
  expect((await editorApi.post(`/api/claims/${claim.id}/status`, { data: { version: settled.version, status: "VERIFIED" } })).status()).toBe(403);
  await editorApi.dispose();
  const verifierPage = await openAs(browser, verifier, path);
  await verifierPage.getByRole("button", { name: "Verify" }).click();
  await expect(verifierPage.getByRole("region", { name: "Review" })).toContainText(`Status: Verified by ${verifier.name}`);
});
