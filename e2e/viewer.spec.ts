import { expect, test } from "@playwright/test";
import { createClaim } from "../lib/claims/create-claim";
import { db } from "../lib/db/client";
import { claimStatuses } from "../lib/enums";
import { logIn, waitForHydration } from "./support/login";
import { repeatedSentence, seedArticle, seedClaim, seedUser, type SeededUser } from "./support/seed";
import { articleText, selectText, waitForViewer } from "./support/viewer";

async function claimOn(user: SeededUser, articleId: string, quote: string, occurrence = 0) {
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId }, select: { id: true, text: true } });
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = revision.text.indexOf(quote, start + 1);
  return createClaim({ actor: user, articleId, input: { revisionId: revision.id, start, end: start + quote.length, exact: quote } });
}

test("the article is rendered on the server, so it is readable before scripts run", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const article = await seedArticle(reviewer.id);
  await logIn(page, reviewer);
  const html = await (await page.request.get(`/articles/${article.slug}`)).text();
  expect(html).toContain("Councillor Ana Reyes disputed the figures.");
  expect(html).toContain("officials said on Monday");
});

test("overlapping claims are both drawn and both reachable by clicking", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const article = await seedArticle(reviewer.id);
  const outer = await claimOn(reviewer, article.id, "Construction costs rose 38% to $112 million");
  const inner = await claimOn(reviewer, article.id, "38%");
  await logIn(page, reviewer, `/articles/${article.slug}`);

  const overlap = page.locator(`[data-claim-ids~="${inner.id}"]`);
  await expect(overlap).toHaveAttribute("data-claim-ids", `${inner.id} ${outer.id}`);
  await expect(page.locator(`[data-claim-ids~="${outer.id}"]`)).toHaveCount(3); // before, shared, after

  await overlap.click();
  await expect(page.getByTestId("claim-quote")).toHaveText("38%");
  await overlap.click();
  await expect(page.getByTestId("claim-quote")).toHaveText("Construction costs rose 38% to $112 million");
  await page.locator(`[data-claim-ids="${outer.id}"]`).first().click();
  await expect(page.getByTestId("claim-quote")).toHaveText("Construction costs rose 38% to $112 million");
});

test("j and k walk the claims in reading order; A adds a claim from the keyboard", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const article = await seedArticle(reviewer.id);
  await claimOn(reviewer, article.id, repeatedSentence, 1);
  await claimOn(reviewer, article.id, "officials said on Monday");
  await claimOn(reviewer, article.id, "$112 million");
  await logIn(page, reviewer, `/articles/${article.slug}`);
  await waitForViewer(page);
  const quote = page.getByTestId("claim-quote");

  await page.keyboard.press("j");
  await expect(quote).toHaveText("officials said on Monday");
  await page.keyboard.press("j");
  await expect(quote).toHaveText("$112 million");
  await page.keyboard.press("j");
  await expect(quote).toHaveText(repeatedSentence);
  await expect(page.locator(".claim-hl-selected")).toBeInViewport();
  await page.keyboard.press("k");
  await expect(quote).toHaveText("$112 million");

  await selectText(articleText(page), "She called for an audit.");
  await page.keyboard.press("a");
  await expect(quote).toHaveText("She called for an audit.");
  await expect(page.getByRole("region", { name: "Claims" })).toContainText("Claims (4)");
});

test("the claim list filters by status, verdict and assignee", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const editor = await seedUser("EDITOR");
  const article = await seedArticle(reviewer.id);
  const first = await claimOn(reviewer, article.id, "officials said on Monday");
  await claimOn(reviewer, article.id, "$112 million");
  await db.claim.update({ where: { id: first.id }, data: { verdictId: "verdict_false", rationale: "No.", assigneeId: editor.id, status: "IN_REVIEW" } });
  await logIn(page, reviewer, `/articles/${article.slug}`);
  const list = page.getByRole("region", { name: "Claims" });
  const items = list.locator(".claim-item");
  await expect(items).toHaveCount(2);

  await list.getByLabel("Status").selectOption("IN_REVIEW");
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText("officials said on Monday");
  await list.getByLabel("Status").selectOption("");
  await list.getByLabel("Verdict").selectOption("none");
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText("$112 million");
  await list.getByLabel("Verdict").selectOption("");
  await list.getByLabel("Assignee").selectOption({ label: editor.name });
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText("officials said on Monday");
});

test("an article with more claims than the list's first page draws every highlight", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const article = await seedArticle(reviewer.id);
  // 120 claims on the first sentence, then the one furthest down: past the 100 rows the page carries.
  for (let i = 0; i < 120; i++) await seedClaim(article.id, "officials said on Monday", reviewer.id);
  const last = await claimOn(reviewer, article.id, "She called for an audit.");
  await db.claim.update({ where: { id: last.id }, data: { status: "IN_REVIEW" } });
  await logIn(page, reviewer, `/articles/${article.slug}`);
  const list = page.getByRole("region", { name: "Claims" });
  await expect(list.getByRole("heading", { name: "Claims (121)" })).toBeVisible();

  // Every claim arrives with the highlights: the list pages through them, and the last one is drawn and opens from the text.
  await expect(list.getByRole("button", { name: "Show 21 more of 21" })).toBeVisible();
  await page.locator(`[data-claim-ids~="${last.id}"]`).click();
  await expect(page.getByTestId("claim-quote")).toHaveText("She called for an audit.");
  await list.getByLabel("Status").selectOption("IN_REVIEW");
  await expect(list.locator(".claim-item")).toHaveCount(1);
  await expect(list.locator(".claim-item")).toContainText("She called for an audit.");

  // The answer, like every answer with people's data, is never stored; asked again, it has the claim as it is now.
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, select: { id: true } });
  const url = `/api/articles/${article.id}/highlights?revisionId=${revision.id}`;
  const first = await page.request.get(url);
  expect(first.headers()["cache-control"]).toBe("no-store");
  const packed = await first.json();
  expect(packed.ids).toHaveLength(121);
  expect(claimStatuses[packed.status[packed.ids.indexOf(last.id)]]).toBe("IN_REVIEW");
  await db.claim.update({ where: { id: last.id }, data: { status: "DRAFT" } });
  const again = await (await page.request.get(url)).json();
  expect(claimStatuses[again.status[again.ids.indexOf(last.id)]]).toBe("DRAFT");
});

test("a selection survives a colleague's claim drawn over it meanwhile", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const colleague = await seedUser("REVIEWER");
  const article = await seedArticle(reviewer.id);
  await logIn(page, reviewer, `/articles/${article.slug}`);
  await waitForViewer(page);
  await waitForHydration(page);
  await selectText(articleText(page), "officials said on Monday");
  const add = page.getByRole("button", { name: /Add claim/ });
  await expect(add).toBeVisible();

  // Live: the colleague's claim is drawn over the selected words, which the highlight wraps anew.
  const theirs = await claimOn(colleague, article.id, "cost “far more than planned,” officials said on Monday");
  await expect(page.locator(`[data-claim-ids~="${theirs.id}"]`)).toBeVisible();
  await add.click();
  await expect(page.getByTestId("claim-quote")).toHaveText("officials said on Monday");
});

test("an @mention shows up for the person mentioned", async ({ page, browser }) => {
  const reviewer = await seedUser("REVIEWER");
  const editor = await seedUser("EDITOR");
  const article = await seedArticle(reviewer.id);
  await claimOn(reviewer, article.id, "$112 million");
  await logIn(page, reviewer, `/articles/${article.slug}`);
  await page.getByRole("button", { name: /\$112 million/ }).click();
  const comments = page.getByRole("region", { name: "Comments" });
  await comments.getByLabel("Add a comment").fill(`@${editor.email.split("@")[0]} can you check the audit figure?`);
  await comments.getByRole("button", { name: "Post comment" }).click();
  await expect(comments).toContainText("can you check the audit figure?");

  const editorPage = await browser.newPage();
  await logIn(editorPage, editor);
  await expect(editorPage.getByRole("link", { name: /Mentions/ })).toContainText("1");
  await editorPage.getByRole("link", { name: /Mentions/ }).click();
  await expect(editorPage.getByRole("main")).toContainText(`${reviewer.name} on ${article.title}`);
  await expect(editorPage.getByRole("main")).toContainText("can you check the audit figure?");
  await editorPage.reload();
  await waitForHydration(editorPage);
  await expect(editorPage.getByRole("link", { name: /Mentions/ })).toContainText("1"); // viewing changed nothing
  await editorPage.getByRole("button", { name: "Mark all as read" }).click();
  await expect(editorPage.getByRole("link", { name: /Mentions/ })).not.toContainText("1");
  await editorPage.close();
});
