import { expect, test, type Page } from "@playwright/test";
import { db } from "../lib/db/client";
import { logIn, waitForHydration } from "./support/login";
import { repeatedSentence, seedArticle, seedUser } from "./support/seed";
import { articleText, highlightContext, selectText } from "./support/viewer";

async function addClaimOn(page: Page, text: string, occurrence: number) {
  await selectText(articleText(page), text, occurrence);
  await page.getByRole("button", { name: /Add claim/ }).click();
  await expect(page.getByTestId("claim-quote")).toHaveText(text);
}

async function fillVerdict(page: Page, verdict: string, rationale: string) {
  const form = page.getByRole("form", { name: "Claim details" });
  await form.getByLabel("Verdict").selectOption({ label: verdict });
  await form.getByLabel("Rationale").fill(rationale);
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(form.getByText("Saved")).toBeVisible();
}

async function addSource(page: Page, url: string, title: string) {
  await page.getByRole("button", { name: "Add source" }).click();
  const form = page.getByRole("form", { name: "Add a source" });
  await form.getByLabel("URL").fill(url);
  await form.getByLabel("Title").fill(title);
  await form.getByRole("button", { name: "Save source" }).click();
  return form;
}

test("a reviewer imports an article, claims the second copy of a repeated sentence, and it stays there", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  await logIn(page, reviewer, "/articles/new");

  const title = `Imported ${Date.now()}`;
  const form = page.getByRole("form", { name: "Import an article" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Outlet").fill("Harbour Post");
  await form.getByLabel("Article text").fill(
    `Officials said the “new depot” was on budget. ${repeatedSentence}\n\nCosts rose 38% — to $112 million 🚧.\n\nCouncillor Ana Reyes disagreed. ${repeatedSentence} She wants an audit.`,
  );
  await form.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  await addClaimOn(page, repeatedSentence, 1);
  const claimForm = page.getByRole("form", { name: "Claim details" });
  await claimForm.getByLabel("Claimant").fill("Ana Reyes");
  await fillVerdict(page, "Mostly false", "The contract schedule says 2029.");

  // A javascript: URL is refused with a message beside the field, and nothing is saved.
  const sourceForm = await addSource(page, "javascript:alert(1)", "Trick");
  await expect(sourceForm.getByText("Enter a full http:// or https:// address")).toBeVisible();
  await sourceForm.getByLabel("URL").fill("https://example.org/depot-contract");
  await sourceForm.getByLabel("Title").fill("Depot contract, schedule B");
  await sourceForm.getByRole("button", { name: "Save source" }).click();
  await expect(page.getByRole("link", { name: "Depot contract, schedule B" })).toHaveAttribute("href", "https://example.org/depot-contract");

  await page.reload();
  await page.locator(".claim-hl").first().click();
  const context = await highlightContext(page);
  expect(context.text).toBe(repeatedSentence);
  expect(context.before).toBe("Councillor Ana Reyes disagreed. ");
  await expect(page.getByTestId("claim-quote")).toHaveText(repeatedSentence);
  await expect(page.getByRole("form", { name: "Claim details" }).getByLabel("Claimant")).toHaveValue("Ana Reyes");

  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByRole("region", { name: "Review" })).toContainText("In review");
});

test("an editor verifies a claim; a reviewer cannot", async ({ page, browser }) => {
  const reviewer = await seedUser("REVIEWER");
  const editor = await seedUser("EDITOR");
  const article = await seedArticle(reviewer.id);

  await logIn(page, reviewer, `/articles/${article.slug}`);
  await addClaimOn(page, "Construction costs rose 38% to $112 million 🚧.", 0);
  await fillVerdict(page, "True", "The audited accounts show $112 million.");
  await addSource(page, "https://example.org/accounts", "Audited accounts 2026");
  await expect(page.getByRole("link", { name: "Audited accounts 2026" })).toBeVisible();
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByRole("region", { name: "Review" })).toContainText("In review");
  await expect(page.getByRole("button", { name: "Verify" })).toHaveCount(0);

  const claim = await db.claim.findFirstOrThrow({ where: { articleId: article.id } });
  const denied = await page.request.post(`/api/claims/${claim.id}/status`, { data: { version: claim.version, status: "VERIFIED" } });
  expect(denied.status()).toBe(403);
  expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_REVIEW");

  const editorPage = await browser.newPage();
  await logIn(editorPage, editor, `/articles/${article.slug}`);
  await editorPage.getByRole("button", { name: /Construction costs rose/ }).click();
  await editorPage.getByRole("button", { name: "Verify" }).click();
  await expect(editorPage.getByRole("region", { name: "Review" })).toContainText(`Verified by ${editor.name}`);
  await expect(editorPage.getByRole("region", { name: "History" })).toContainText(`${editor.name} verified the claim`);
  expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "VERIFIED", verifiedById: editor.id });
  await editorPage.close();
});

test("two people edit one claim: the second sees the conflict and re-applies their change", async ({ browser }) => {
  const editor = await seedUser("EDITOR");
  const admin = await seedUser("ADMIN");
  const article = await seedArticle(editor.id);
  const first = await browser.newPage();
  const second = await browser.newPage();
  await logIn(first, editor, `/articles/${article.slug}`);
  await addClaimOn(first, "Councillor Ana Reyes disputed the figures.", 0);

  await logIn(second, admin, `/articles/${article.slug}`);
  await second.getByRole("button", { name: /Councillor Ana Reyes disputed/ }).click();

  // The second person is typing when the first saves: the live update announces the change
  // and keeps their typing; their save then shows the conflict instead of overwriting.
  const secondForm = second.getByRole("form", { name: "Claim details" });
  await secondForm.getByLabel("Claimant").fill("Cllr. A. Reyes");
  const firstForm = first.getByRole("form", { name: "Claim details" });
  await firstForm.getByLabel("Claimant").fill("Ana Reyes");
  await firstForm.getByRole("button", { name: "Save claim" }).click();
  await expect(firstForm.getByText("Saved")).toBeVisible();
  await expect(second.getByTestId("remote-change")).toContainText(`Changed by ${editor.name} — review`);
  await expect(secondForm.getByLabel("Claimant")).toHaveValue("Cllr. A. Reyes");

  await secondForm.getByRole("button", { name: "Save claim" }).click();
  const conflict = second.getByRole("alert", { name: "Conflicting change" });
  await expect(conflict).toContainText("Someone else changed this claim");
  await expect(conflict.getByRole("row", { name: /Claimant/ })).toContainText("Ana Reyes");
  await expect(conflict.getByRole("row", { name: /Claimant/ })).toContainText("Cllr. A. Reyes");
  expect((await db.claim.findFirstOrThrow({ where: { articleId: article.id } })).claimant).toBe("Ana Reyes");

  await conflict.getByRole("button", { name: "Re-apply my changes" }).click();
  await expect(secondForm.getByLabel("Claimant")).toHaveValue("Cllr. A. Reyes");
  await secondForm.getByRole("button", { name: "Save claim" }).click();
  await expect(secondForm.getByText("Saved")).toBeVisible();
  const stored = await db.claim.findFirstOrThrow({ where: { articleId: article.id } });
  expect(stored).toMatchObject({ claimant: "Cllr. A. Reyes", version: 3 });
  await first.close();
  await second.close();
});

test("an admin's edits re-anchor claims: an edit before keeps it on its sentence, deleting the sentence orphans it", async ({ page }) => {
  const admin = await seedUser("ADMIN");
  const article = await seedArticle(admin.id);
  await logIn(page, admin, `/articles/${article.slug}`);
  await addClaimOn(page, repeatedSentence, 1);

  // Edit the text before the claim.
  await page.getByRole("link", { name: "Edit text" }).click();
  await expect(page).toHaveURL(/\/edit$/);
  const editor = page.getByRole("textbox", { name: "Edit article text" });
  await editor.click();
  await page.keyboard.press("Control+Home");
  await page.keyboard.type("UPDATED: ");
  await expect(editor).toContainText("UPDATED: The city’s new bus depot");
  await page.getByRole("button", { name: "Save new revision" }).click();
  await expect(page.getByTestId("edit-summary")).toHaveText("1 claim kept its place, 0 flagged for re-review, 0 orphaned.");
  await page.getByRole("link", { name: "Open the article" }).click();
  await expect(page.getByRole("heading", { name: article.title })).toBeVisible();
  await waitForHydration(page);
  await expect(articleText(page)).toContainText("UPDATED: The city’s new bus depot");

  await page.getByRole("button", { name: new RegExp(repeatedSentence) }).click();
  const context = await highlightContext(page);
  expect(context).toEqual({ text: repeatedSentence, before: "Councillor Ana Reyes disputed the figures. " });

  // Now delete that sentence.
  await page.getByRole("link", { name: "Edit text" }).click();
  await expect(page).toHaveURL(/\/edit$/);
  const editorAgain = page.getByRole("textbox", { name: "Edit article text" });
  await editorAgain.click();
  // Only the second copy is followed by a space (the first ends its paragraph).
  await selectText(editorAgain, `${repeatedSentence} `, 0);
  await page.keyboard.press("Backspace");
  await expect(editorAgain).toContainText("disputed the figures. She called for an audit.");
  await page.getByRole("button", { name: "Save new revision" }).click();
  await expect(page.getByTestId("edit-summary")).toHaveText("0 claims kept their place, 0 flagged for re-review, 1 orphaned.");
  await page.getByRole("list", { name: "Claims to look at" }).getByRole("link", { name: repeatedSentence }).click();
  await waitForHydration(page);
  await expect(articleText(page)).toContainText("Councillor Ana Reyes disputed the figures. She called for an audit.");

  const orphans = page.getByRole("list", { name: "Orphaned claims" });
  await expect(orphans).toContainText(repeatedSentence);
  await expect(page.locator(".claim-hl")).toHaveCount(0);
  await orphans.getByRole("button").first().click();
  await expect(page.getByRole("region", { name: "Selected claim" })).toContainText("this text is no longer in the article");
  await expect(page.getByText("Revisions (3)")).toBeVisible();
});
