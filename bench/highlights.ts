/**
 * (b) In Chromium: time from navigation to the 1,000 claims' highlights being drawn, against
 * the same article with no claims (time to the article being mounted), as a ratio.
 */
import { chromium } from "@playwright/test";
import { chromiumExecutable } from "../e2e/support/chromium";
import { startAppServer } from "../scripts/lib/app-server";
import { freePort } from "../tests/support/test-database";
import { median } from "./support/environment";

type Login = { email: string; password: string };

export async function startApp(databaseUrl: string, options: { processes?: number; authSecret?: string } = {}) {
  return startAppServer({ databaseUrl, port: await freePort(), ...options });
}

export async function benchHighlights(baseUrl: string, login: Login, annotatedSlug: string, plainSlug: string, runs = 5) {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Email").fill(login.email);
  await page.getByLabel("Password").fill(login.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("signed-in-user").waitFor();

  const measure = async (slug: string, ready: string) => {
    await page.goto(`${baseUrl}/articles/${slug}`, { waitUntil: "commit" });
    await page.waitForSelector(ready, { timeout: 60_000 });
    return page.evaluate(() => performance.now());
  };
  const withClaims: number[] = [];
  const without: number[] = [];
  await measure(plainSlug, ".ProseMirror"); // warm-up
  for (let i = 0; i < runs; i++) {
    without.push(await measure(plainSlug, ".ProseMirror"));
    withClaims.push(await measure(annotatedSlug, ".claim-hl"));
  }
  const highlights = await page.locator(".claim-hl").count();
  await browser.close();
  return { withClaimsMs: median(withClaims), withoutMs: median(without), decorations: highlights };
}
