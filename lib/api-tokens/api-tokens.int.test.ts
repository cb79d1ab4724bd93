import { describe, expect, it } from "vitest";
import { assertCan } from "@/lib/auth/assert";
import { db } from "@/lib/db/client";
import { expectAppError } from "@/tests/support/app-error";
import { makeUser } from "@/tests/support/factories";
import { assertNoTokenInUrl, authenticateBearer } from "./authenticate-token";
import { createApiToken, listAllApiTokens, listMyApiTokens, revokeApiToken } from "./manage-api-tokens";
import { hashTokenSecret } from "./token-secret";

describe("API tokens", () => {
  it("stores only the hash, shows the secret once, and authenticates as the owner narrowed to its scopes", async () => {
    const editor = await makeUser("EDITOR");
    const { token, secret } = await createApiToken({ actor: editor, input: { name: "CMS", scopes: ["read", "export"] } });
    expect(secret).toMatch(/^fct_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashTokenSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(4));
    expect(JSON.stringify(await listMyApiTokens({ actor: editor }))).not.toContain(secret.slice(4));
    // Default expiry: 90 days.
    expect(Math.round((row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000)).toBe(90);

    const actor = await authenticateBearer(`Bearer ${secret}`);
    expect(actor).toMatchObject({ id: editor.id, role: "EDITOR", token: { id: token.id, name: "CMS", scopes: ["read", "export"] } });
    expect(() => assertCan(actor, "export.csv")).not.toThrow();
    expect(() => assertCan(actor, "claim.create")).toThrow(/lacks the "write" scope/);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();
  });

  it("refuses scopes beyond the role, bad names and expiries, with a message per field and nothing written", async () => {
    const reviewer = await makeUser("REVIEWER");
    const before = await db.apiToken.count();
    const scopes = await expectAppError(createApiToken({ actor: reviewer, input: { name: "Mine", scopes: ["read", "admin"] } }));
    expect(scopes.fields?.scopes).toMatch(/cannot grant admin/);
    const fields = await expectAppError(createApiToken({ actor: reviewer, input: { name: " ", scopes: [], expiresInDays: 400 } }));
    expect(Object.keys(fields.fields ?? {}).sort()).toEqual(["expiresInDays", "name", "scopes"]);
    expect((await expectAppError(createApiToken({ actor: reviewer, input: { name: "X", scopes: ["root"] } }))).fields?.["scopes.0"]).toMatch(/Scopes are/);
    expect(await db.apiToken.count()).toBe(before);
  });

  it("says why a token is refused: malformed, unknown, revoked, expired, disabled owner", async () => {
    const editor = await makeUser("EDITOR");
    const reason = async (header: string) => (await expectAppError(authenticateBearer(header))).message;
    expect(await reason("Basic abc")).toMatch(/Bearer/);
    expect(await reason("Bearer nope")).toMatch(/Malformed/);
    expect(await reason(`Bearer fct_${"A".repeat(43)}`)).toBe("Unknown API token");

    const revoked = await createApiToken({ actor: editor, input: { name: "Old", scopes: ["read"] } });
    await revokeApiToken({ actor: editor, tokenId: revoked.token.id });
    expect(await reason(`Bearer ${revoked.secret}`)).toMatch(/revoked/);

    const expired = await createApiToken({ actor: editor, input: { name: "Short", scopes: ["read"], expiresInDays: 1 } });
    await db.apiToken.update({ where: { id: expired.token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await reason(`Bearer ${expired.secret}`)).toMatch(/expired on/);

    const live = await createApiToken({ actor: editor, input: { name: "Live", scopes: ["read"] } });
    await db.user.update({ where: { id: editor.id }, data: { disabledAt: new Date() } });
    expect(await reason(`Bearer ${live.secret}`)).toMatch(/disabled/);
    const error = await expectAppError(authenticateBearer(`Bearer ${live.secret}`));
    expect(error.code).toBe("unauthenticated");
  });

  it("limits each token per minute, with how long to wait", async () => {
    const editor = await makeUser("EDITOR");
    const { token, secret } = await createApiToken({ actor: editor, input: { name: "Busy", scopes: ["read"] } });
    await db.apiToken.update({ where: { id: token.id }, data: { windowCount: 600, windowStart: new Date() } });
    const error = await expectAppError(authenticateBearer(`Bearer ${secret}`));
    expect(error.code).toBe("rate_limited");
    expect(Number(error.details?.retryAfter)).toBeGreaterThan(0);
    // A new window starts once the minute is over.
    await db.apiToken.update({ where: { id: token.id }, data: { windowStart: new Date(Date.now() - 61_000) } });
    await expect(authenticateBearer(`Bearer ${secret}`)).resolves.toMatchObject({ id: editor.id });
  });

  it("lets owners and admins revoke, hides others' tokens from everyone else, and audits", async () => {
    const [owner, other, admin] = await Promise.all([makeUser("REVIEWER"), makeUser("EDITOR"), makeUser("ADMIN")]);
    const { token } = await createApiToken({ actor: owner, input: { name: "Bot", scopes: ["read", "write"] } });
    expect((await expectAppError(revokeApiToken({ actor: other, tokenId: token.id }))).code).toBe("not_found");
    expect((await expectAppError(listAllApiTokens({ actor: other }))).code).toBe("forbidden");
    expect((await listAllApiTokens({ actor: admin })).map((t) => t.id)).toContain(token.id);
    const revoked = await revokeApiToken({ actor: admin, tokenId: token.id });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: { in: ["token.create", "token.revoke"] }, targetId: token.id } })).toBe(2);
    // Revoked, not deleted.
    expect(await db.apiToken.count({ where: { id: token.id } })).toBe(1);
  });

  it("never lets a token manage tokens", async () => {
    const admin = await makeUser("ADMIN");
    const { secret } = await createApiToken({ actor: admin, input: { name: "All", scopes: ["read", "write", "export", "admin"] } });
    const viaToken = await authenticateBearer(`Bearer ${secret}`);
    expect((await expectAppError(createApiToken({ actor: viaToken, input: { name: "Child", scopes: ["read"] } }))).code).toBe("forbidden");
    expect((await expectAppError(listMyApiTokens({ actor: viaToken }))).code).toBe("forbidden");
  });

  it("refuses tokens in a URL", () => {
    expect(() => assertNoTokenInUrl(new URL("http://x/api/articles?access_token=abc"))).toThrow(/Authorization header/);
    expect(() => assertNoTokenInUrl(new URL(`http://x/api/articles?search=fct_${"a".repeat(43)}`))).toThrow(/Authorization header/);
    expect(() => assertNoTokenInUrl(new URL("http://x/api/articles?search=budget"))).not.toThrow();
  });
});
