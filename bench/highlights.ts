/**
 * (b) In Chromium: time from navigation to 1,000 and to 10,000 claims' highlights being drawn,
 * against the same article with no claims (time to the article being mounted), as a ratio; and
 * how long opening the next claim (j) takes to show, with that many highlights on the page.
 */
import { chromium } from "@playwright/test";
import { chromiumExecutable } from "../e2e/support/chromium";
import { startAppServer } from "../scripts/lib/app-server";
import { freePort } from "../tests/support/test-database";
import { median } from "./support/environment";

type Login = { email: string; password: string };

export async function startApp(databaseUrl: string, options: { processes?: number; authSecret?: string; env?: Record<string, string> } = {}) {
  return startAppServer({ databaseUrl, port: await freePort(), ...options });
}

export async function benchHighlights(baseUrl: string, login: Login, annotated: { claims: number; slug: string }[], plainSlug: string, runs = 7) {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Email").fill(login.email);
  await page.getByLabel("Password").fill(login.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByTestId("signed-in-user").waitFor();

  // The editor is made once every claim is in (the page carries the first 100, the rest come
  // from their own request), so the first highlight drawn means all of them are.
  const measure = async (slug: string, ready: string) => {
    await page.goto(`${baseUrl}/articles/${slug}`, { waitUntil: "commit" });
    await page.waitForSelector(ready, { timeout: 120_000 });
    return page.evaluate(() => performance.now());
  };
  /** Pressing j (next claim) until the open claim's highlight is drawn, in the page's own clock. */
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  const selectionMs = () =>
    page.evaluate<number>(`new Promise((resolve) => {
      const start = performance.now();
      document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "j", bubbles: true }));
      const check = () => (document.querySelector(".claim-hl-selected") ? resolve(performance.now() - start) : requestAnimationFrame(check));
      check();
    })`);

  // Every page once to warm up, then rounds that take each page in turn, so a slower or faster
  // stretch of the (shared, noisy) machine weighs on the article and its baseline alike.
  await measure(plainSlug, ".ProseMirror");
  for (const { slug } of annotated) await measure(slug, ".claim-hl");
  const without: number[] = [];
  const times = annotated.map(() => [] as number[]);
  const selections = annotated.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    without.push(await measure(plainSlug, ".ProseMirror"));
    for (const [k, { slug }] of annotated.entries()) {
      times[k].push(await measure(slug, ".claim-hl"));
      selections[k].push(await selectionMs());
    }
  }
  const results = [];
  for (const [k, { claims, slug }] of annotated.entries()) {
    await measure(slug, ".claim-hl");
    results.push({ claims, ms: median(times[k]), selectionMs: median(selections[k]), spans: await page.locator(".claim-hl").count() });
  }
  await browser.close();
  return { withoutMs: median(without), annotated: results };
}
