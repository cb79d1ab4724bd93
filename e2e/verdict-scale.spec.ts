/**
 * The verdict scale belongs to the whole desk, so changing it would change what other tests
 * see: these run on a desk of their own (own database, own server).
 */
import { expect, test } from "@playwright/test";
import { startOwnDesk, type OwnDesk } from "./support/own-desk";
import { logIn } from "./support/login";

let desk: OwnDesk;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  desk = await startOwnDesk("factcheck_scale");
});

test.afterAll(async () => {
  await desk?.stop();
});

const scaleRows = async () => (await desk.query(`SELECT "id", "label", "rating", "tone" FROM "Verdict" ORDER BY "position"`)).rows;

test("an admin renames and reorders the verdict scale; ratings and colours stay with their verdicts", async ({ browser }) => {
  const admin = await desk.addUser("ADMIN");
  const context = await browser.newContext({ baseURL: desk.baseUrl });
  const page = await context.newPage();
  await logIn(page, admin, "/admin/verdicts");
  const before = await scaleRows();

  const scale = page.getByRole("form", { name: "Verdict scale" });
  await scale.getByLabel("Verdict 6").fill("Misleading framing");
  await scale.getByRole("button", { name: "Up Misleading framing" }).click();
  await scale.getByRole("button", { name: "Save scale" }).click();
  await expect(scale.getByText("Verdict scale saved")).toBeVisible();

  const after = await scaleRows();
  expect(after.map((v) => v.label).slice(4, 6)).toEqual(["Misleading framing", before[4].label]);
  const renamed = after.find((v) => v.id === before[5].id)!;
  expect({ rating: renamed.rating, tone: renamed.tone }).toEqual({ rating: before[5].rating, tone: before[5].tone });
  const audit = await desk.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "action" = 'verdict.scale' AND "actorId" = $1`, [admin.id]);
  expect(audit.rows[0].n).toBe(1);

  // The saved order is what the page shows after a reload.
  await page.reload();
  await expect(scale.getByLabel("Verdict 5")).toHaveValue("Misleading framing");
  await context.close();
});

test("editors may neither open nor save the scale", async ({ browser }) => {
  const editor = await desk.addUser("EDITOR");
  const context = await browser.newContext({ baseURL: desk.baseUrl });
  const page = await context.newPage();
  await logIn(page, editor);
  const before = await scaleRows();
  expect((await page.goto("/admin/verdicts"))?.status()).toBe(403);
  expect((await page.request.put("/api/verdicts", { data: { verdicts: before.map((v) => ({ id: v.id, label: `${v.label}!` })) } })).status()).toBe(403);
  expect(await scaleRows()).toEqual(before);
  await context.close();
});
