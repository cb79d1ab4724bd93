/**
 * Evidence that survives: an article imported by its address, and sources archived by the
 * evidence locker, in Chromium against pages served from a loopback server of the test's own.
 */
import { expect, test } from "@playwright/test";
import { db } from "../lib/db/client";
import { fixtureArticle, startPageServer } from "../tests/support/page-server";
import { logIn, waitForHydration } from "./support/login";
import { seedUser } from "./support/seed";
import { articleText, selectText, waitForViewer } from "./support/viewer";

let pages: Awaited<ReturnType<typeof startPageServer>>;
test.beforeAll(async () => {
  pages = await startPageServer();
});
test.afterAll(() => pages.close());

test("an editor imports an article by its address, corrects the details, and can open the copy it came from", async ({ page }) => {
  const editor = await seedUser("EDITOR");
  await logIn(page, editor, "/articles/new");
  const fetchForm = page.getByRole("form", { name: "Import from a web address" });

  // A page without an article: a clear message, and the paste form is still there.
  await fetchForm.getByLabel("Web address of the article").fill(pages.url("/no-article"));
  await fetchForm.getByRole("button", { name: "Fetch" }).click();
  await expect(fetchForm.getByText("We could not find an article on this page. Paste its text instead.")).toBeVisible();
  await expect(page.getByLabel("Article text")).toBeVisible();

  await fetchForm.getByLabel("Web address of the article").fill(pages.url("/redirect/2"));
  await fetchForm.getByRole("button", { name: "Fetch" }).click();
  const form = page.getByRole("form", { name: "Import an article" });
  await expect(form.getByRole("status")).toContainText(`Fetched ${pages.url("/article")}`);
  await expect(form.getByLabel("Title")).toHaveValue(fixtureArticle.title);
  await expect(form.getByLabel("Outlet")).toHaveValue(fixtureArticle.siteName);
  await expect(form.getByLabel("Published")).toHaveValue("2026-11-02");
  await expect(form.getByLabel("URL")).toHaveValue(pages.url("/article"));
  await expect(page.getByLabel("Article text")).toHaveCount(0);
  const title = `${fixtureArticle.title} ${Date.now()}`;
  await form.getByLabel("Title").fill(title); // the person corrects what was found
  await form.getByLabel("Author").fill("Lena Okafor");
  await form.getByRole("button", { name: "Import article" }).click();

  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await waitForViewer(page);
  await expect(articleText(page)).toContainText("the largest increase since 2011");
  await expect(articleText(page)).not.toContainText("© The Harbour Post");
  const stored = await db.article.findFirstOrThrow({ where: { title }, include: { snapshot: true } });
  expect(stored).toMatchObject({ author: "Lena Okafor", url: pages.url("/article") });

  await page.getByRole("link", { name: /Imported from the web on .* \(archived copy\)/ }).click();
  await expect(page.getByRole("heading", { name: /Archived copy/ })).toBeVisible();
  await expect(page.getByText(stored.snapshot!.sha256)).toBeVisible();
  await expect(page.getByText(pages.url("/redirect/2"))).toBeVisible();
  await expect(page.locator(".snapshot-text")).toContainText("Councillor Amir Haddad disputed the figures.");
});

test("sources are archived as they are added: a copy with its date and hash, a flag for a missing passage, and a retry for a failure", async ({ page }) => {
  test.setTimeout(90_000);
  const reviewer = await seedUser("REVIEWER");
  await logIn(page, reviewer, "/articles/new");
  const title = `Fares ${Date.now()}`;
  const form = page.getByRole("form", { name: "Import an article" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Article text").fill(fixtureArticle.paragraphs.join("\n"));
  await form.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await waitForViewer(page);
  // The new article's hints arrive live moments after it opens; a selection made in that very
  // moment was once lost in CI (not reproduced since), so the page settles first.
  await expect(page.getByText("Scoring sentences…")).toHaveCount(0);

  await selectText(articleText(page), "will rise by 12% on 1 March");
  await page.getByRole("button", { name: /Add claim/ }).click();
  await expect(page.getByTestId("claim-quote")).toHaveText("will rise by 12% on 1 March");
  await waitForHydration(page);

  const addSource = async (url: string, sourceTitle: string, passage: string) => {
    await page.getByRole("button", { name: "Add source" }).click();
    const sourceForm = page.getByRole("form", { name: "Add a source" });
    await sourceForm.getByLabel("URL").fill(url);
    await sourceForm.getByLabel("Title").fill(sourceTitle);
    await sourceForm.getByLabel("Quoted passage").fill(passage);
    await sourceForm.getByRole("button", { name: "Save source" }).click();
    const link = page.getByRole("link", { name: sourceTitle, exact: true });
    await expect(link).toBeVisible();
    return page.getByRole("region", { name: "Sources" }).getByRole("listitem").filter({ has: link });
  };

  const notice = await addSource(pages.url("/article"), "Authority notice", "“risen by more than a third”");
  await expect(notice.getByTestId("source-archive")).toContainText(/Archived on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/, { timeout: 30_000 });
  await expect(notice).not.toContainText("Passage not found");

  const misquoted = await addSource(pages.url("/article"), "Authority notice, misquoted", "fuel costs fell by a third");
  await expect(misquoted.getByTestId("source-archive")).toContainText("Passage not found in the archived copy", { timeout: 30_000 });

  const gone = await addSource(pages.url("/gone"), "Deleted press release", "12%");
  await expect(gone.getByTestId("source-archive")).toContainText("Not archived: The page answered 404", { timeout: 30_000 });
  await expect(gone.getByRole("button", { name: /Retry/ })).toBeVisible();
  await gone.getByRole("button", { name: /Retry/ }).click();
  await expect(gone.getByTestId("source-archive")).toContainText(/Archiving a copy|Not archived/);
  await expect(gone.getByTestId("source-archive")).toContainText("Not archived: The page answered 404", { timeout: 30_000 });

  // A fresh copy on request: a new snapshot, the first one kept.
  const copyLink = notice.getByRole("link", { name: "stored copy" });
  const firstCopy = await copyLink.getAttribute("href");
  await notice.getByRole("button", { name: /Archive again/ }).click();
  await expect.poll(() => copyLink.getAttribute("href", { timeout: 500 }).catch(() => null), { timeout: 30_000 }).toMatch(/^\/snapshots\//);
  await expect.poll(() => copyLink.getAttribute("href", { timeout: 500 }).catch(() => null), { timeout: 30_000 }).not.toBe(firstCopy);

  await copyLink.click();
  await expect(page.getByRole("heading", { name: /Archived copy/ })).toBeVisible();
  await expect(page.locator(".snapshot-text")).toContainText("risen by more than a third");
  const download = await page.request.get(await page.getByRole("link", { name: /Download the original/ }).getAttribute("href").then((href) => href!));
  expect(download.headers()["content-disposition"]).toMatch(/^attachment/);
  expect(download.headers()["content-security-policy"]).toContain("sandbox");
  expect(await download.text()).toContain("<script>document.title");
});
