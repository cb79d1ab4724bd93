/**
 * Verified is a promise: a sealed verification, frozen substance, reopening with a reason,
 * article edits that reopen what they touch, retraction instead of deletion, withdrawal.
 */
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { changeClaimStatus } from "../lib/claims/change-claim-status";
import { db } from "../lib/db/client";
import { logIn, waitForHydration } from "./support/login";
import { repeatedSentence, seedArticle, seedClaim, seedUser, type SeededUser } from "./support/seed";
import { articleText, selectText } from "./support/viewer";

const quote = "Construction costs rose 38% to $112 million 🚧.";

/** A claim a reviewer completed and sent for review: verdict, rationale and one source. */
function claimInReview(articleId: string, reviewer: SeededUser, text = quote) {
  return seedClaim(articleId, text, reviewer.id, {
    status: "IN_REVIEW",
    verdictId: "verdict_mostly_false",
    verdictSetById: reviewer.id,
    substanceChangedById: reviewer.id,
    rationale: "The audited accounts give $96 million.",
    sources: { create: [{ url: "https://example.org/accounts", title: "Audited accounts 2026", createdById: reviewer.id }] },
  });
}

async function openClaim(page: Page, name: RegExp) {
  await page.getByRole("region", { name: "Claims" }).getByRole("button", { name }).click();
  return page.getByRole("region", { name: "Selected claim" });
}

test("a verified claim is sealed: its evidence and rationale are frozen until it is reopened, and another editor verifies again", async ({ page, browser }) => {
  const reviewer = await seedUser("REVIEWER");
  const editor = await seedUser("EDITOR");
  const second = await seedUser("EDITOR");
  const article = await seedArticle(reviewer.id);
  const claim = await claimInReview(article.id, reviewer);

  await logIn(page, editor, `/articles/${article.slug}`);
  let panel = await openClaim(page, /Construction costs rose/);
  await panel.getByRole("button", { name: "Verify" }).click();
  const sealed = panel.getByRole("article", { name: /Verification of/ });
  await expect(sealed).toContainText(`Verified by ${editor.name}`);
  await sealed.getByText("What was verified").click();
  await expect(sealed).toContainText("The audited accounts give $96 million.");
  await expect(sealed).toContainText("Audited accounts 2026");
  const seal = await db.verification.findFirstOrThrow({ where: { claimId: claim.id } });
  await expect(sealed).toContainText(seal.hash);

  // The substance cannot be touched from the panel: no Remove, a locked rationale, Reopen offered.
  await expect(panel.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Add source" })).toHaveCount(0);
  await expect(panel.getByRole("form", { name: "Claim details" }).getByLabel("Rationale")).toBeDisabled();
  await expect(panel.getByRole("form", { name: "Claim details" }).getByLabel("Tags")).toBeEnabled();
  await expect(panel.getByRole("button", { name: "Reopen" })).toBeVisible();
  // Nor from the API, whatever the page offers.
  const current = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { sources: true } });
  const removal = await page.request.delete(`/api/claims/${claim.id}/sources/${current.sources[0].id}`, { data: { reason: "Try" } });
  expect(removal.status()).toBe(409);
  expect((await removal.json()).error.message).toMatch(/Reopen it/);
  const rewrite = await page.request.patch(`/api/claims/${claim.id}`, { data: { version: current.version, changes: { rationale: "Quietly different" } } });
  expect(rewrite.status()).toBe(409);
  expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "VERIFIED", rationale: "The audited accounts give $96 million.", version: current.version });

  // Reopen with a reason, change the rationale: now this editor may not verify their own change.
  await panel.getByRole("button", { name: "Reopen" }).click();
  await expect(panel.getByRole("alert")).toContainText("Give a reason for reopening");
  await panel.getByLabel("Reason for reopening").fill("The auditor issued a correction");
  await panel.getByRole("button", { name: "Reopen" }).click();
  await expect(panel.getByRole("region", { name: "Review" })).toContainText("Status: In review");
  const form = panel.getByRole("form", { name: "Claim details" });
  await form.getByLabel("Rationale").fill("The corrected accounts give $101 million.");
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(form.getByText("Saved")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Verify" })).toHaveCount(0);
  await expect(panel.getByRole("region", { name: "Review" })).toContainText("another editor must verify it");

  const other = await browser.newPage();
  await logIn(other, second, `/articles/${article.slug}?claim=${claim.id}`);
  panel = other.getByRole("region", { name: "Selected claim" });
  await panel.getByRole("button", { name: "Verify" }).click();
  await expect(panel.getByRole("article", { name: /Verification of/ }).first()).toContainText(`Verified by ${second.name}`);
  await expect(panel.getByRole("region", { name: "Earlier verifications" })).toContainText(`Earlier verification by ${editor.name}`);
  const history = panel.getByRole("region", { name: "History" });
  await expect(history).toContainText(`${editor.name} reopened the claim — The auditor issued a correction`);
  await expect(history).toContainText(`${second.name} verified the claim (sealed record)`);
  expect(await db.verification.count({ where: { claimId: claim.id } })).toBe(2);
  await other.close();
});

test("an article edit that deletes a verified sentence reopens its claim, tells the editor, and drops it from the default export", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const editor = await seedUser("EDITOR");
  const article = await seedArticle(reviewer.id);
  const claim = await claimInReview(article.id, reviewer, repeatedSentence);
  await changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: claim.version, status: "VERIFIED" } });
  const exported = async () => parse(await (await page.request.get(`/api/export/claims?articleId=${article.id}`)).text(), { bom: true, columns: true }) as Record<string, string>[];

  await logIn(page, editor, `/articles/${article.slug}`);
  expect((await exported()).map((r) => r.claim_id)).toEqual([claim.id]);
  await page.getByRole("link", { name: "Edit text" }).click();
  const text = page.getByRole("textbox", { name: "Edit article text" });
  await text.click();
  // The claim sits on the first copy of the repeated sentence, which ends the first paragraph.
  await selectText(text, ` ${repeatedSentence}`, 0);
  await page.keyboard.press("Backspace");
  await expect(text).toContainText("officials said on Monday.Construction costs");
  await page.getByRole("button", { name: "Save new revision" }).click();

  await expect(page.getByTestId("edit-summary")).toHaveText(
    "0 claims kept their place, 0 flagged for re-review, 1 orphaned. 1 verified claim went back to review; their verifiers were notified.",
  );
  const flagged = page.getByRole("list", { name: "Claims to look at" });
  await expect(flagged).toContainText("orphaned, no longer verified");
  expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "IN_REVIEW", verificationId: null, anchorState: "ORPHANED" });
  expect(await exported()).toEqual([]);

  await flagged.getByRole("link", { name: repeatedSentence }).click();
  await waitForHydration(page);
  const panel = page.getByRole("region", { name: "Selected claim" });
  await expect(panel.getByRole("region", { name: "Review" })).toContainText("Status: In review");
  await expect(panel.getByRole("region", { name: "History" })).toContainText("Moved after an article edit (revision 2): its quoted text is no longer in the article");
});

test("removing a source asks why and retracts it; it stays in the claim's history", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const article = await seedArticle(reviewer.id);
  const claim = await seedClaim(article.id, quote, reviewer.id, {
    sources: { create: [{ url: "https://example.org/first", title: "First estimate", createdById: reviewer.id }] },
  });
  await logIn(page, reviewer, `/articles/${article.slug}?claim=${claim.id}`);
  const sources = page.getByRole("region", { name: "Sources" });
  await sources.getByRole("button", { name: "Remove First estimate" }).click();
  const confirm = sources.getByRole("form", { name: "Remove First estimate" });
  await confirm.getByRole("button", { name: "Remove source" }).click();
  await expect(confirm.getByText("Say why this source is removed")).toBeVisible();
  expect(await db.source.count({ where: { claimId: claim.id, retractedAt: null } })).toBe(1);
  await confirm.getByLabel("Why remove it?").fill("Superseded by the audit");
  await confirm.getByRole("button", { name: "Remove source" }).click();
  await expect(sources).toContainText("Sources (0)");
  await expect(page.getByRole("region", { name: "History" })).toContainText("removed the source “First estimate” — Superseded by the audit");
  expect(await db.source.findFirstOrThrow({ where: { claimId: claim.id } })).toMatchObject({ retractionReason: "Superseded by the audit", retractedById: reviewer.id });
});

test("a reviewer withdraws their own draft; the list and legend say what they show", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const article = await seedArticle(reviewer.id);
  await logIn(page, reviewer, `/articles/${article.slug}`);
  const list = page.getByRole("region", { name: "Claims" });
  await expect(list).toContainText("No claims yet — select text to add one.");

  await selectText(articleText(page), "Councillor Ana Reyes disputed the figures.", 0);
  await page.getByRole("button", { name: /Add claim/ }).click();
  const panel = page.getByRole("region", { name: "Selected claim" });
  await expect(panel.getByTestId("claim-quote")).toHaveText("Councillor Ana Reyes disputed the figures.");

  await list.getByLabel("Status").selectOption({ label: "Verified" });
  await expect(list).toContainText("No claims match these filters.");
  await list.getByLabel("Status").selectOption({ label: "All" });

  await page.getByText("Legend").click();
  const legend = page.getByRole("group").filter({ hasText: "Legend" });
  await expect(legend.getByRole("list", { name: "Highlight colours" })).toContainText("Mostly false");
  await expect(legend.getByRole("list", { name: "Highlight lines" })).toContainText("Solid line: verified");

  await panel.getByRole("button", { name: "Withdraw claim" }).click();
  const confirm = panel.getByRole("form", { name: "Withdraw claim?" });
  await confirm.getByLabel("Why withdraw it?").fill("Not a factual claim");
  await confirm.getByRole("button", { name: "Withdraw claim" }).click();
  await expect(list).toContainText("No claims yet — select text to add one.");
  await expect(page.locator(".claim-hl")).toHaveCount(0);
  const stored = await db.claim.findFirstOrThrow({ where: { articleId: article.id } });
  expect(stored).toMatchObject({ deletedById: reviewer.id, deletionReason: "Not a factual claim" });
});

test("pasted plain text with single line breaks becomes one paragraph per line, and the first line can be the title", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  await logIn(page, reviewer, "/articles/new");
  const form = page.getByRole("form", { name: "Import an article" });
  const title = `Harbour levy rises 4% ${Date.now()}`;
  await form.getByLabel("Article text").fill(`${title}\nThe port authority raised its levy by 4% on Monday.\n“It is the smallest rise since 2019,” its chair said.\nShipping firms disagreed — sharply.`);
  await form.getByRole("button", { name: "Use the first line as the title" }).click();
  await expect(form.getByLabel("Title")).toHaveValue(title);
  await form.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(articleText(page).locator("p")).toHaveCount(4);
  await expect(articleText(page).locator("p").nth(2)).toHaveText("“It is the smallest rise since 2019,” its chair said.");
});

test("a very long selection asks before it becomes a claim", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const long = "The harbour levy funds dredging, lighting and the pilot service. ".repeat(12).trim();
  const article = await seedArticle(reviewer.id);
  await db.articleRevision.updateMany({ where: { articleId: article.id }, data: { doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: long }] }] }, text: long } });
  await logIn(page, reviewer, `/articles/${article.slug}`);
  await selectText(articleText(page), long, 0);
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("button", { name: /Add claim/ }).click();
  await expect.poll(() => asked).toEqual([expect.stringMatching(/^Create a claim from this long passage/)]);
  expect(await db.claim.count({ where: { articleId: article.id } })).toBe(0);
});
