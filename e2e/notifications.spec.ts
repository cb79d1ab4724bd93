/**
 * The bell: a reviewer's unread count rises live as an editor assigns them a claim and mentions
 * them, the page lists what happened, and marking them read (POST) clears the count.
 */
import { expect, test } from "@playwright/test";
import { apiAs } from "./support/api-login";
import { logIn } from "./support/login";
import { seedArticle, seedClaim, seedUser } from "./support/seed";

test("an editor assigns a claim to a reviewer and mentions them: the reviewer's bell counts up live, lists both, and clears when read", async ({ page, baseURL }) => {
  const reviewer = await seedUser("REVIEWER");
  const editor = await seedUser("EDITOR");
  const article = await seedArticle(editor.id);
  const claim = await seedClaim(article.id, "Construction costs rose 38%", editor.id);
  await logIn(page, reviewer);
  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName("Notifications");

  const editorApi = await apiAs(baseURL!, editor);
  expect((await editorApi.patch(`/api/claims/${claim.id}`, { data: { version: 1, changes: { assigneeId: reviewer.id } } })).status()).toBe(200);
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread", { timeout: 10_000 });
  const handle = reviewer.email.split("@")[0];
  expect((await editorApi.post(`/api/claims/${claim.id}/comments`, { data: { body: `@${handle} the budget tables are attached.` } })).status()).toBe(201);
  await expect(bell).toHaveAccessibleName("Notifications, 2 unread", { timeout: 10_000 });
  await editorApi.dispose();

  await bell.click();
  const list = page.getByRole("list", { name: "Notifications" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list).toContainText(`${editor.name} mentioned you on`);
  await expect(list).toContainText(`${editor.name} assigned you`);
  await list.getByRole("link", { name: "“Construction costs rose 38%”" }).first().click();
  await expect(page.getByTestId("claim-quote")).toHaveText("Construction costs rose 38%");
  await page.goBack();
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(bell).toHaveAccessibleName("Notifications");
  await expect(page.getByText("New")).toHaveCount(0);
});
