/**
 * A live desk across app instances: two servers on one PostgreSQL (as behind a load balancer).
 * A person on one sees what a colleague on the other does, in place and without a reload;
 * a change to the claim they are editing is announced without touching what they typed; a
 * reconnecting stream gets what it missed; a signed-out person's stream closes.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
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
  const ids = [...replay.text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
  expect(ids).toHaveLength(2); // the two creations (an import is not a claim event), in order
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
