/**
 * Claim intelligence through the UI: check-worthiness hints in the viewer (hover, accept by
 * click and by key, switch off and stay off), "already checked" on a claim repeated in a
 * second article (reuse the verdict and sources, link as the same claim), and claim search.
 */
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { insertTrustedArticle } from "../lib/articles/insert-article";
import { db } from "../lib/db/client";
import { logIn } from "./support/login";
import { seedClaim, seedUser } from "./support/seed";
import { articleText, selectText, waitForViewer } from "./support/viewer";

const figureSentence = "Ferry fares rose by 40% in 2023, the largest rise since 2001, according to the port authority.";
const causeSentence = "The council blamed the rise on higher fuel costs.";
const colourSentence = "Passengers waited on a windy quay at dawn.";

async function seedStory(authorId: string, paragraphs: string[], title = `Ferry story ${randomBytes(3).toString("hex")}`) {
  return db.$transaction((tx) => insertTrustedArticle(tx, { actorId: authorId, input: { title, outlet: "Harbour Post", url: "https://news.example/ferries", html: paragraphs.map((p) => `<p>${p}</p>`).join("") } }));
}

/** The background job scores the revision within moments; the page shows what is there when it loads. */
async function openWithHints(page: Page, slug: string, count: number) {
  await expect.poll(async () => (await db.articleRevision.findFirst({ where: { article: { slug } }, select: { hintsScoredAt: true } }))?.hintsScoredAt ?? null, { timeout: 30_000 }).not.toBeNull();
  await page.goto(`/articles/${slug}`);
  await waitForViewer(page);
  await expect(page.locator(".sentence-hint")).toHaveCount(count);
}

test("a reviewer sees why a sentence is check-worthy, turns hints into claims by click and by key, and switches hints off for good", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const article = await seedStory(reviewer.id, [`${figureSentence} ${colourSentence}`, `${causeSentence} “We are listening,” a spokesperson said.`]);
  await logIn(page, reviewer);
  await openWithHints(page, article.slug, 2);
  await expect(page.getByRole("status").filter({ hasText: "2 suggested sentences" })).toBeVisible();
  await expect(page.locator(".sentence-hint").first()).toHaveText(figureSentence);

  // Hovering shows the score and the reasons.
  await page.locator(".sentence-hint").first().hover();
  const card = page.getByRole("note", { name: "Check-worthiness hint" });
  await expect(card).toContainText(/Check-worthy · \d+%/);
  await expect(card).toContainText("Percentage: 40%");
  await expect(card).toContainText("Attribution: according to");

  // One click makes a claim of exactly that sentence; the hint goes, the highlight comes.
  await card.getByRole("button", { name: "Claim this sentence" }).click();
  await expect(page.getByTestId("claim-quote")).toHaveText(figureSentence);
  await expect(page.locator(".claim-hl")).toHaveText(figureSentence);
  await expect(page.locator(".sentence-hint")).toHaveCount(1);
  const claim = await db.claim.findFirstOrThrow({ where: { articleId: article.id }, select: { quote: true, anchorState: true } });
  expect(claim).toEqual({ quote: figureSentence, anchorState: "ANCHORED" });

  // By keyboard: the caret on a hint shows its card, and C claims it.
  await page.locator(".sentence-hint").first().click();
  await page.mouse.move(0, 0);
  await expect(card).toContainText("Cause and effect");
  await page.keyboard.press("c");
  await expect(page.getByTestId("claim-quote")).toHaveText(causeSentence);
  await expect(page.locator(".sentence-hint")).toHaveCount(0);
  expect(await db.claim.count({ where: { articleId: article.id, deletedAt: null } })).toBe(2);

  // Switched off, hints stay off on the next visit (kept on the account, not the browser).
  const another = await seedStory(reviewer.id, [figureSentence]);
  await openWithHints(page, another.slug, 1);
  await page.getByLabel("Check-worthiness hints").uncheck();
  await expect(page.locator(".sentence-hint")).toHaveCount(0);
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: reviewer.id }, select: { showHints: true } })).showHints).toBe(false);
  await page.reload();
  await waitForViewer(page);
  await expect(page.getByLabel("Check-worthiness hints")).not.toBeChecked();
  await expect(page.locator(".sentence-hint")).toHaveCount(0);
  await page.getByLabel("Check-worthiness hints").check();
  await expect(page.locator(".sentence-hint")).toHaveCount(1);
  // The suggested list offers the same sentence, one click from a claim.
  await page.getByText(/Suggested sentences \(1\)/).click();
  await page.getByRole("list", { name: "Suggested sentences" }).getByRole("button", { name: /^Claim:/ }).click();
  await expect(page.getByTestId("claim-quote")).toHaveText(figureSentence);
  await expect(page.locator(".sentence-hint")).toHaveCount(0);
});

test("a claim repeated in a second article shows as already checked; the reviewer reuses its verdict and sources and links the two", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const editor = await seedUser("EDITOR");
  const town = `Port ${randomBytes(3).toString("hex")}`;
  const earlierSentence = `Ferry fares in ${town} rose by 40% in 2023, according to the port authority.`;
  const first = await seedStory(editor.id, [earlierSentence, colourSentence], `First ferry story ${town}`);
  const checked = await seedClaim(first.id, earlierSentence, editor.id, {
    status: "VERIFIED",
    verdictId: "verdict_false",
    rationale: "The authority’s tariff tables show 4%, not 40%.",
    sources: { create: { url: "https://example.org/tariffs", title: "Tariff tables 2023", createdById: editor.id } },
  });
  // The second article words it differently: the attribution first, the words reordered, curly quotes.
  const paraphrase = `According to the Port Authority, ${town} ferry fares rose 40% in 2023 – a “record”.`;
  const second = await seedStory(reviewer.id, [paraphrase, colourSentence], `Second ferry story ${town}`);

  await logIn(page, reviewer, `/articles/${second.slug}`);
  await waitForViewer(page);
  await selectText(articleText(page), paraphrase);
  await page.getByRole("button", { name: /Add claim/ }).click();
  await expect(page.getByTestId("claim-quote")).toHaveText(paraphrase);

  const panel = page.getByRole("region", { name: "Already checked" });
  const match = panel.getByRole("listitem").filter({ hasText: earlierSentence });
  await expect(match).toContainText(/Same claim|Similar claim/);
  await expect(match).toContainText("False");
  await expect(match).toContainText("Verified");
  await expect(match.getByRole("link", { name: `First ferry story ${town}` })).toHaveAttribute("href", `/articles/${first.slug}?claim=${checked.id}`);

  await match.getByRole("button", { name: "Reuse verdict and sources" }).click();
  const form = page.getByRole("form", { name: "Claim details" });
  await expect(form.getByLabel("Verdict")).toHaveValue("verdict_false");
  await expect(form.getByLabel("Rationale")).toHaveValue("The authority’s tariff tables show 4%, not 40%.");
  await expect(page.getByRole("link", { name: "Tariff tables 2023" })).toBeVisible();
  await expect(panel).toContainText(`Verdict and sources reused from First ferry story ${town}`);
  // Still a draft: the reused verdict goes through verification like any other.
  const reused = await db.claim.findFirstOrThrow({ where: { articleId: second.id }, select: { id: true, status: true, reusedFromId: true, verdictId: true } });
  expect(reused).toEqual({ id: reused.id, status: "DRAFT", reusedFromId: checked.id, verdictId: "verdict_false" });

  await match.getByRole("button", { name: "Link as the same claim" }).click();
  await expect(panel.getByRole("list", { name: "Same claim elsewhere" })).toContainText(`First ferry story ${town}`);
  const groups = await db.claim.findMany({ where: { id: { in: [checked.id, reused.id] } }, select: { sameClaimGroupId: true } });
  expect(groups[0].sameClaimGroupId).not.toBeNull();
  expect(groups[0].sameClaimGroupId).toBe(groups[1].sameClaimGroupId);
});

test("when matching fails the claim is still saved and the panel says matching is unavailable", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const article = await seedStory(reviewer.id, [figureSentence]);
  await logIn(page, reviewer, `/articles/${article.slug}`);
  await waitForViewer(page);
  // The matching route alone answers 503, as it would with its database query timed out.
  await page.route("**/api/claims/*/matches", (route) => route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { code: "unavailable", message: "Try again" } }) }));
  await selectText(articleText(page), figureSentence);
  await page.getByRole("button", { name: /Add claim/ }).click();
  await expect(page.getByTestId("claim-quote")).toHaveText(figureSentence);
  await expect(page.getByRole("region", { name: "Already checked" })).toContainText("Matching is unavailable");
  expect(await db.claim.count({ where: { articleId: article.id } })).toBe(1);
});

test("an editor searches every claim with filters, sees the matched words, pages and shares the search by its URL", async ({ page }) => {
  const editor = await seedUser("EDITOR");
  const word = `Quayside${randomBytes(3).toString("hex")}`;
  const sentences = Array.from({ length: 23 }, (_, i) => `${word} berth fees rose by ${i + 10}% this spring.`);
  const article = await seedStory(editor.id, sentences);
  for (const [i, sentence] of sentences.entries()) await seedClaim(article.id, sentence, editor.id, i === 0 ? { status: "VERIFIED", verdictId: "verdict_true", rationale: "Fee schedule." } : {});
  await logIn(page, editor, "/claims");

  // An empty search gets a message, not a page of everything.
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.locator("#claim-search-error")).toHaveText("Enter words to search for");
  await expect(page.getByLabel("Search claims")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Search claims").fill(`${word} fees`);
  await page.getByLabel("Search claims").press("Enter");
  await expect(page.getByRole("status")).toHaveText("23 claims · page 1 of 2");
  await expect(page.locator(".search-results mark").first()).toHaveText(/fees|berth|quayside/i);
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page.getByRole("status")).toHaveText("23 claims · page 2 of 2");
  await expect(page.locator(".search-results > li")).toHaveCount(3);

  await page.getByLabel("Status").selectOption({ label: "Verified" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toHaveText("1 claim · page 1 of 1");
  const url = page.url();
  expect(new URL(url).searchParams.get("status")).toBe("VERIFIED");

  // The URL is the search: opened afresh it shows the same, and the result opens the claim.
  await page.goto(url);
  await expect(page.getByRole("status")).toHaveText("1 claim · page 1 of 1");
  await page.locator(".search-result-link").first().click();
  await expect(page.getByTestId("claim-quote")).toHaveText(sentences[0]);
});
