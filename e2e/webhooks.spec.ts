/**
 * Webhooks end to end on a desk of their own (receivers on loopback need
 * WEBHOOK_ALLOW_PRIVATE=true, and other tests' events must not reach them): an admin registers
 * a receiver in the UI, the desk's changes reach it signed, retried after a failure, and the
 * delivery log shows it, with a Redeliver button.
 */
import { expect, test } from "@playwright/test";
import { verifySignature } from "../lib/webhooks/signature";
import { startReceiver } from "../tests/support/receiver";
import { apiAs } from "./support/api-login";
import { waitForHydration } from "./support/login";
import { startOwnDesk, type OwnDesk } from "./support/own-desk";

let desk: OwnDesk;
test.beforeAll(async () => {
  desk = await startOwnDesk("factcheck_webhooks", { env: { WEBHOOK_ALLOW_PRIVATE: "true", WEBHOOK_RETRY_BASE_MS: "300", JOB_CONCURRENCY: "2" } });
});
test.afterAll(async () => desk?.stop());

test("an admin registers a webhook; an import and a verification reach the receiver signed, and the log shows each delivery", async ({ page }) => {
  test.setTimeout(90_000);
  const receiver = await startReceiver([500, 200]);
  try {
    const [admin, editor] = await Promise.all([desk.addUser("ADMIN"), desk.addUser("EDITOR")]);
    await page.goto(`${desk.baseUrl}/login`);
    await waitForHydration(page);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { name: "Webhooks" })).toBeVisible();
    await waitForHydration(page);

    const form = page.getByRole("form", { name: "Add a webhook" });
    await form.getByLabel("Receiver URL").fill("ftp://nope");
    await form.getByRole("button", { name: "Add webhook" }).click();
    await expect(form.getByText("Enter a full http:// or https:// address")).toBeVisible();
    await form.getByLabel("Receiver URL").fill(receiver.url);
    await form.getByRole("checkbox", { name: /article\.imported/ }).check();
    await form.getByRole("button", { name: "Add webhook" }).click();
    const secret = await page.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(/^whsec_/);
    await expect(page.getByRole("row", { name: receiver.url })).toContainText("claim.verified, article.imported");

    // The desk works: an article imported, a claim verified by a second person.
    const imported = await page.request.post(`${desk.baseUrl}/api/articles`, { multipart: { title: "Ferry fares", format: "text", text: "Fares rose 12% in March — the largest rise since 2011." } });
    expect(imported.status()).toBe(201);
    const { article } = await imported.json();
    // The import's first attempt is the receiver's first request (refused) before anything else is
    // sent: with hint scoring in the same queue, a verification's delivery could otherwise overtake it.
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    expect(receiver.received[0].headers["factcheck-event"]).toBe("article.imported");
    const created = await page.request.post(`${desk.baseUrl}/api/articles/${article.id}/claims`, { data: { exact: "Fares rose 12% in March" } });
    const { claim } = await created.json();
    await page.request.patch(`${desk.baseUrl}/api/claims/${claim.id}`, { data: { version: 1, changes: { verdictId: "verdict_true", rationale: "The operator's tariff tables show 12%." } } });
    await page.request.post(`${desk.baseUrl}/api/claims/${claim.id}/sources`, { data: { url: "https://ferries.example/tariffs", title: "Tariffs 2026" } });
    expect((await page.request.post(`${desk.baseUrl}/api/claims/${claim.id}/status`, { data: { version: 3, status: "IN_REVIEW" } })).status()).toBe(200);
    const editorApi = await apiAs(desk.baseUrl, editor);
    expect((await editorApi.post(`/api/claims/${claim.id}/status`, { data: { version: 4, status: "VERIFIED" } })).status()).toBe(200);
    await editorApi.dispose();

    // Each event: first attempt answered 500, the retry 200, same idempotency key, valid signature.
    await expect.poll(() => receiver.received.filter((r) => r.headers["factcheck-event"] === "claim.verified").length, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await expect.poll(() => new Set(receiver.received.map((r) => r.headers["idempotency-key"])).size, { timeout: 30_000 }).toBe(2);
    for (const request of receiver.received) expect(verifySignature(secret, request.body, String(request.headers["factcheck-signature"]))).toBe(true);
    const verified = JSON.parse(receiver.received.find((r) => r.headers["factcheck-event"] === "claim.verified")!.body);
    expect(verified).toMatchObject({ type: "claim.verified", data: { claim: { id: claim.id, verdict: { label: "True" }, verifiedBy: { id: editor.id } } } });
    const importedEvent = receiver.received.filter((r) => r.headers["factcheck-event"] === "article.imported");
    expect(importedEvent).toHaveLength(2); // refused once (500), delivered on the retry
    expect(importedEvent[0].headers["idempotency-key"]).toBe(importedEvent[1].headers["idempotency-key"]);

    await page.getByRole("link", { name: receiver.url }).click();
    await expect(page.getByRole("heading", { name: `Deliveries to ${receiver.url}` })).toBeVisible();
    await waitForHydration(page);
    const importedRow = page.getByRole("row", { name: /article\.imported/ });
    await expect(importedRow).toContainText("Delivered");
    await expect(importedRow.getByRole("cell").nth(3)).toHaveText("2");
    await expect(importedRow).toContainText("HTTP 200");

    // Redeliver: the receiver gets the same event again, with the same key.
    const before = receiver.received.length;
    await importedRow.getByRole("button", { name: /Redeliver/ }).click();
    await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBe(before + 1);
    expect(receiver.received.at(-1)!.headers["idempotency-key"]).toBe(importedEvent[0].headers["idempotency-key"]);
    // The receiver has it; the attempt is recorded once its answer is back, so the log may need another look.
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("row", { name: /article\.imported/ }).getByRole("cell").nth(3)).toHaveText("3", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });

    // Paused, nothing more is sent.
    await page.goto(`${desk.baseUrl}/admin/webhooks`);
    await waitForHydration(page);
    await page.getByRole("row", { name: receiver.url }).getByRole("button", { name: /Pause/ }).click();
    await expect(page.getByRole("row", { name: receiver.url })).toContainText("Paused");
    const sent = receiver.received.length;
    expect((await page.request.post(`${desk.baseUrl}/api/articles`, { multipart: { title: "Quiet", format: "text", text: "Nothing to announce." } })).status()).toBe(201);
    await page.waitForTimeout(1500);
    expect(receiver.received.length).toBe(sent);
  } finally {
    await receiver.close();
  }
});
