/**
 * A live desk across app instances: two servers on one PostgreSQL (as behind a load balancer).
 * A person on one sees what a colleague on the other does, in place and without a reload;
 * a change to the claim they are editing is announced without touching what they typed; a
 * reconnecting stream gets what it missed; a signed-out person's stream closes.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { apiAs } from "./support/api-login";
import { waitForHydration } from "./support/login";
import { startOwnDesk, type OwnDesk } from "./support/own-desk";
import { waitForViewer } from "./support/viewer";

let desk: OwnDesk;
let second: { baseUrl: string; stop: () => void };
test.beforeAll(async () => {
  desk = await startOwnDesk("factcheck_live");
  second = await desk.startAnotherInstance();
});
test.afterAll(async () => desk?.stop());

/** Reads a Server-Sent Events stream until `until` says stop or the stream ends; returns the raw text. */
async function readStream(url: string, headers: Record<string, string>, until: (text: string) => boolean, timeoutMs: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const response = await fetch(url, { headers, signal: controller.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let ended = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        ended = true;
        break;
      }
      text += decoder.decode(value);
      if (until(text)) break;
    }
  } catch {
    // aborted: timed out
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return { status: response.status, text, ended };
}

async function cookieOf(api: APIRequestContext) {
  return (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

test("what a colleague does on another instance appears in place; a change to the claim I am editing is announced and my typing kept", async ({ page }) => {
  test.setTimeout(120_000);
  const [me, colleague] = await Promise.all([desk.addUser("EDITOR"), desk.addUser("EDITOR")]);
  const theirs = await apiAs(second.baseUrl, colleague);
  const imported = await theirs.post("/api/articles", { multipart: { title: "Tram fares", format: "text", text: "Tram fares rose 9% in May.\nThe operator blamed energy costs, up 40% in a year.\nRidership fell to 3.1 million." } });
  const { article } = await imported.json();

  await page.goto(`${desk.baseUrl}/login?callbackUrl=${encodeURIComponent(`/articles/${article.slug}`)}`);
  await waitForHydration(page);
  await page.getByLabel("Email").fill(me.email);
  await page.getByLabel("Password").fill(me.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await waitForViewer(page);
  await expect(page.locator(".claim-hl")).toHaveCount(0);

  // The colleague, on the other instance, adds a claim: it is highlighted and listed here.
  const created = await (await theirs.post(`/api/articles/${article.id}/claims`, { data: { exact: "energy costs, up 40% in a year" } })).json();
  await expect(page.locator(".claim-hl")).toHaveCount(1, { timeout: 10_000 });
  await expect(page.getByRole("region", { name: "Claims" })).toContainText("energy costs, up 40% in a year");

  // I open it and start writing a rationale; they change its statement meanwhile.
  await page.locator(".claim-hl").first().click();
  const form = page.getByRole("form", { name: "Claim details" });
  await form.getByLabel("Rationale").fill("The operator's annual report says 38%.");
  await theirs.patch(`/api/claims/${created.claim.id}`, { data: { version: 1, changes: { statement: "Energy costs rose 40% in a year" } } });
  await expect(page.getByTestId("remote-change")).toContainText(`Changed by ${colleague.name} — review`, { timeout: 10_000 });
  await expect(form.getByLabel("Rationale")).toHaveValue("The operator's annual report says 38%.");
  await expect(page.getByRole("region", { name: "Claims" })).toContainText("Energy costs rose 40% in a year");

  // Saving shows their change first instead of overwriting it.
  await form.getByRole("button", { name: "Save claim" }).click();
  const conflict = page.getByRole("alert", { name: "Conflicting change" });
  await expect(conflict).toContainText("Someone else changed this claim");
  await expect(conflict.getByRole("row", { name: /Rationale/ })).toContainText("The operator's annual report says 38%.");
  await theirs.dispose();
});

test("a stream replays what it missed after Last-Event-ID, in order, and closes within seconds of signing out", async () => {
  test.setTimeout(60_000);
  const [reader, writer] = await Promise.all([desk.addUser("REVIEWER"), desk.addUser("EDITOR")]);
  const writerApi = await apiAs(desk.baseUrl, writer);
  const { article } = await (await writerApi.post("/api/articles", { multipart: { title: "Bus lanes", format: "text", text: "Bus lanes cut journey times by 6 minutes.\nThe city built 12 km of them." } })).json();
  const one = (await (await writerApi.post(`/api/articles/${article.id}/claims`, { data: { exact: "cut journey times by 6 minutes" } })).json()).claim;
  const two = (await (await writerApi.post(`/api/articles/${article.id}/claims`, { data: { exact: "12 km" } })).json()).claim;
  await writerApi.dispose();

  const readerApi = await apiAs(second.baseUrl, reader);
  const cookie = await cookieOf(readerApi);
  const url = `${second.baseUrl}/api/articles/${article.id}/events`;
  const replay = await readStream(url, { cookie, "Last-Event-ID": "0" }, (text) => text.includes(two.id), 10_000);
  expect(replay.status).toBe(200);
  // The two creations, in order (the import's hints may come in between: they are scored by a job).
  const events = [...replay.text.matchAll(/^id: (\d+)\nevent: desk\ndata: (.*)$/gm)].map((m) => ({ id: Number(m[1]), kind: (JSON.parse(m[2]) as { kind: string }).kind }));
  const ids = events.filter((event) => event.kind === "claim.created").map((event) => event.id);
  expect(ids).toHaveLength(2);
  expect(ids).toEqual([...ids].sort((a, b) => a - b));
  expect(replay.text.indexOf(one.id)).toBeLessThan(replay.text.indexOf(two.id));

  // Signed out (the session revoked): the open stream ends within the 5 s check.
  const started = Date.now();
  const streaming = readStream(url, { cookie }, () => false, 15_000);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await desk.query(`UPDATE "AuthSession" SET "revokedAt" = now() WHERE "userId" = $1`, [reader.id]);
  const ended = await streaming;
  expect(ended.ended).toBe(true);
  expect(ended.text).toContain("event: signed-out");
  expect(Date.now() - started).toBeLessThan(9000);
  // And a new stream is refused.
  expect((await fetch(url, { headers: { cookie } })).status).toBe(401);
  await readerApi.dispose();
});

/** Signs in through the form of one instance and opens the article there. */
async function openOn(page: Page, baseUrl: string, user: { email: string; password: string }, slug: string) {
  await page.goto(`${baseUrl}/login?callbackUrl=${encodeURIComponent(`/articles/${slug}`)}`);
  await waitForHydration(page);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await waitForViewer(page);
}

test("presence across instances: who is here and on which claim, editing shown before anyone else starts, gone when the tab closes; a disabled reviewer's stream closes", async ({ browser }) => {
  test.setTimeout(120_000);
  const [reviewer, admin] = await Promise.all([desk.addUser("REVIEWER"), desk.addUser("ADMIN")]);
  const api = await apiAs(desk.baseUrl, admin);
  const { article } = await (await api.post("/api/articles", { multipart: { title: "Ferry timetable", format: "text", text: "Ferries run every 20 minutes.\nFares rose 9% in May." } })).json();
  // The reviewer's own draft, which they may edit.
  const reviewerApi = await apiAs(desk.baseUrl, reviewer);
  expect((await reviewerApi.post(`/api/articles/${article.id}/claims`, { data: { exact: "Fares rose 9% in May." } })).status()).toBe(201);
  await reviewerApi.dispose();

  // The reviewer on instance A, the admin on instance B.
  const reviewerContext = await browser.newContext();
  const onA = await reviewerContext.newPage();
  await openOn(onA, desk.baseUrl, reviewer, article.slug);
  const adminContext = await browser.newContext();
  const onB = await adminContext.newPage();
  await openOn(onB, second.baseUrl, admin, article.slug);

  const here = onB.getByRole("group", { name: "Also here" });
  await expect(here).toContainText(`${reviewer.name}, reading the article`, { timeout: 10_000 });

  // The reviewer opens the claim and starts typing: B sees it on the claim before touching it.
  await onA.locator(".claim-hl").first().click();
  await expect(here).toContainText(`${reviewer.name}, viewing`, { timeout: 10_000 });
  await onA.getByRole("form", { name: "Claim details" }).getByLabel("Rationale").fill("The fare table says 9%.");
  await expect(here).toContainText(`${reviewer.name}, editing`, { timeout: 10_000 });
  const row = onB.getByRole("region", { name: "Claims" }).getByRole("listitem").filter({ hasText: "Fares rose 9% in May." });
  await expect(row.locator(".presence-editing")).toHaveText(/[A-Z]{1,2}/);
  await onB.locator(".claim-hl").first().click();
  await expect(onB.getByTestId("others-here")).toContainText(`${reviewer.name} is editing`);

  // Disabled by the admin on B: the reviewer's stream on A closes within seconds, and the page says so.
  const users = await (await api.get("/api/admin/users")).json();
  const target = users.users.find((u: { email: string }) => u.email === reviewer.email);
  expect((await api.patch(`/api/admin/users/${target.id}`, { data: { disabled: true } })).status()).toBe(200);
  await expect(onA.getByRole("alert").filter({ hasText: "You are signed out" })).toBeVisible({ timeout: 10_000 });
  // And they are no longer shown as here.
  await expect(here).toHaveCount(0, { timeout: 30_000 });

  // A tab that closes disappears for the others at once.
  const colleague = await desk.addUser("EDITOR");
  const colleagueContext = await browser.newContext();
  const theirPage = await colleagueContext.newPage();
  await openOn(theirPage, desk.baseUrl, colleague, article.slug);
  await expect(onB.getByRole("group", { name: "Also here" })).toContainText(colleague.name, { timeout: 10_000 });
  await theirPage.close();
  await expect(onB.getByRole("group", { name: "Also here" })).toHaveCount(0, { timeout: 30_000 });

  await Promise.all([reviewerContext.close(), adminContext.close(), colleagueContext.close()]);
  await api.dispose();
});
