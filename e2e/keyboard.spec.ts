/**
 * The main task with the keyboard only: no clicks, no fills, no DOM selections. Tab, arrows,
 * Shift+End, typing and Enter, as a person without a mouse (or with a screen reader) works.
 */
import { expect, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { insertTrustedArticle } from "../lib/articles/insert-article";
import { db } from "../lib/db/client";
import { waitForHydration } from "./support/login";
import { seedUser } from "./support/seed";
import { tabTo } from "./support/keyboard";
import { articleText, waitForViewer } from "./support/viewer";

const claimSentence = "Bus fares rose 12% in March, the steepest rise since 2009.";

test("a reviewer signs in, selects a passage, adds a claim, sets verdict and rationale and sends it for review, all by keyboard", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const title = `Fares report ${randomBytes(3).toString("hex")}`;
  await db.$transaction((tx) =>
    insertTrustedArticle(tx, {
      actorId: reviewer.id,
      input: { title, outlet: "Harbour Post", html: `<p>Transit desk.</p><p>${claimSentence}</p><p>The council said “fares are fair.”</p>` },
    }),
  );

  // Sign in: the first Tab reaches "Skip to content", which jumps past the header.
  await page.goto("/login");
  await waitForHydration(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(reviewer.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(reviewer.password);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("signed-in-user")).toContainText(reviewer.name);
  await waitForHydration(page);

  // Find the article and open it.
  await tabTo(page, page.getByRole("searchbox"));
  await page.keyboard.type(title);
  await page.keyboard.press("Enter");
  await waitForHydration(page);
  await tabTo(page, page.getByRole("link", { name: title }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await waitForViewer(page);
  await waitForHydration(page);

  // The article is a focusable read-only document: the caret moves, Shift+End selects a line.
  const article = articleText(page);
  await tabTo(page, article);
  await expect(article).toHaveAttribute("aria-readonly", "true");
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  await expect(page.getByRole("button", { name: /Add claim/ })).toBeVisible();
  // Typing never changes the article.
  await page.keyboard.press("x");
  await expect(article).toContainText(claimSentence);
  await page.keyboard.press("a");

  // The new claim opens with focus on its heading.
  const panel = page.getByRole("region", { name: "Selected claim" });
  await expect(panel.getByTestId("claim-quote")).toHaveText(claimSentence);
  await expect(panel.getByRole("heading", { name: /^Claim/ })).toBeFocused();
  const form = panel.getByRole("form", { name: "Claim details" });
  await tabTo(page, form.getByLabel("Verdict"));
  await page.keyboard.type("Mostly false");
  await expect(form.getByLabel("Verdict").locator("option:checked")).toHaveText("Mostly false");
  await tabTo(page, form.getByLabel("Rationale"));
  await page.keyboard.type("The fare table shows a 9% rise; 2009 saw 14%.");
  await tabTo(page, form.getByRole("button", { name: "Save claim" }));
  await page.keyboard.press("Enter");
  await expect(form.getByRole("status")).toHaveText("Saved");
  // Saving keeps focus on the button, not on the page's body.
  await expect(form.getByRole("button", { name: "Save claim" })).toBeFocused();

  await tabTo(page, panel.getByRole("button", { name: "Send for review" }), { back: true });
  await page.keyboard.press("Enter");
  await expect(panel.getByText("Status changed to In review")).toBeAttached();
  await expect(panel.getByText(/^Status: In review/)).toBeFocused();
  const claim = await db.claim.findFirstOrThrow({ where: { article: { title } }, include: { verdict: true } });
  expect({ status: claim.status, verdict: claim.verdict?.label, rationale: claim.rationale, quote: claim.quote }).toEqual({
    status: "IN_REVIEW",
    verdict: "Mostly false",
    rationale: "The fare table shows a 9% rise; 2009 saw 14%.",
    quote: claimSentence,
  });

  // Escape closes the claim and puts focus back in the article, where the caret was.
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(article).toBeFocused();
  await expect.poll(() => page.evaluate(() => [window.getSelection()?.anchorNode?.textContent, window.getSelection()?.anchorOffset])).toEqual([claimSentence, claimSentence.length]);

  // Shift+Tab (or Tab) reaches the highlight and announces its claim; Enter opens it.
  await page.keyboard.press("Shift+Tab");
  await expect(article).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Claim: In review, verdict Mostly false" })).toBeAttached();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("heading", { name: /^Claim\W+In review, verdict Mostly false/ })).toBeFocused();

  // The claim list's focus ring is visible, and differs from the selected item's look.
  await tabTo(page, page.getByRole("button", { name: new RegExp(claimSentence.slice(0, 20)) }));
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(ring).not.toBe("none");
});

test("field errors are tied to their inputs, and every page starts with a skip link", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  await page.goto("/login");
  await waitForHydration(page);
  await page.getByRole("button", { name: "Sign in" }).press("Enter");
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/email/i);
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Email").fill(reviewer.email);
  await page.getByLabel("Password").fill(reviewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toContainText(reviewer.name);

  await page.goto("/articles/new");
  await waitForHydration(page);
  const importForm = page.getByRole("form", { name: "Import an article" });
  await importForm.getByRole("button", { name: "Import article" }).click();
  await expect(importForm.getByLabel("Title")).toHaveAccessibleDescription(/./);
  for (const path of ["/", "/articles/new", "/mentions"]) {
    await page.goto(path);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  }
});
