import { request, type APIRequestContext } from "@playwright/test";

/** An HTTP client signed in as `user` through the next-auth credentials endpoint, as a script would. */
export async function apiAs(baseURL: string, user: { email: string; password: string } | null): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  if (!user) return context;
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true" },
    maxRedirects: 0,
  });
  const cookies = await context.storageState();
  if (!cookies.cookies.some((c) => c.name.includes("session-token"))) throw new Error(`sign-in failed for ${user.email} (${response.status()})`);
  return context;
}
