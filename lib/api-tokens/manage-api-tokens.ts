import { assertCan } from "@/lib/auth/assert";
import { can, scopesFor, type Actor, type TokenScope } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db/generated/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError, invalid, notFound } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { apiTokenSelect, createApiTokenSchema } from "./schema";
import { newTokenSecret } from "./token-secret";

const dayMs = 24 * 60 * 60 * 1000;

/** Tokens are made and revoked by a person in the app, never by another token. */
function assertSignedInPerson(actor: Actor) {
  if (actor.token) throw new AppError("forbidden", "API tokens cannot create, list or revoke tokens; sign in to the app");
}

type TokenRow = Prisma.ApiTokenGetPayload<{ select: typeof apiTokenSelect }>;

/** Scopes are stored as text; only ours are ever written (createApiTokenSchema). */
const toDto = (row: TokenRow) => ({ ...row, scopes: row.scopes as TokenScope[] });
export type ApiTokenDto = ReturnType<typeof toDto>;

export async function listMyApiTokens({ actor }: { actor: Actor }): Promise<ApiTokenDto[]> {
  assertSignedInPerson(actor);
  return (await db.apiToken.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, select: apiTokenSelect })).map(toDto);
}

/** Everyone's tokens, for admins: who holds which access, and since when. */
export async function listAllApiTokens({ actor }: { actor: Actor }) {
  assertSignedInPerson(actor);
  assertCan(actor, "user.manage");
  const rows = await db.apiToken.findMany({ orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }], select: apiTokenSelect, take: 1000 });
  return rows.map(toDto);
}

/** Creates a token and returns its secret, the only time anyone sees it. */
export async function createApiToken({ actor, input }: { actor: Actor; input: unknown }) {
  assertSignedInPerson(actor);
  const { name, scopes, expiresInDays } = parseWith(createApiTokenSchema, input);
  const allowed = scopesFor(actor.role);
  const refused = scopes.filter((scope) => !allowed.includes(scope));
  if (refused.length) throw invalid({ scopes: `Your role cannot grant ${refused.join(", ")}` });
  const { secret, hash, prefix } = newTokenSecret();
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: actor.id, name, scopes, tokenHash: hash, prefix, expiresAt: new Date(Date.now() + expiresInDays * dayMs) },
      select: apiTokenSelect,
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: "token.create", targetType: "api-token", targetId: created.id, data: { name, scopes, expiresAt: created.expiresAt.toISOString() } });
    return created;
  });
  return { token: toDto(token), secret };
}

/** Revokes one's own token, or (admins) anyone's. Revoked tokens stay listed; nothing is deleted. */
export async function revokeApiToken({ actor, tokenId }: { actor: Actor; tokenId: string }) {
  assertSignedInPerson(actor);
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { userId: true, name: true, revokedAt: true } });
    // Someone else's token is "not found" to those who may not manage it: ids reveal nothing.
    if (!token || (token.userId !== actor.id && !can(actor, "user.manage"))) throw notFound("No such token");
    if (!token.revokedAt) {
      await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date(), revokedById: actor.id } });
      await recordAuditEvent(tx, { actorId: actor.id, action: "token.revoke", targetType: "api-token", targetId: tokenId, data: { name: token.name, owner: token.userId } });
    }
    return toDto(await tx.apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: apiTokenSelect }));
  });
}

