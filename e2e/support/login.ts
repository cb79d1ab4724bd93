import { expect, type Page } from "@playwright/test";
import type { SeededUser } from "./seed";

/** Signs in through the login form, as a person would. */
export async function logIn(page: Page, user: Pick<SeededUser, "email" | "password" | "name">, path = "/") {
  await page.goto(path === "/" ? "/login" : `/login?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toContainText(user.name);
}
