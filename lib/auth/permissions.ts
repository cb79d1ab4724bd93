/**
 * The one list of what people may do, mapped to roles. Code asks `can(actor, "claim.verify")`,
 * never `role === "ADMIN"`. Pure: shared by routes, pages, UI and tests.
 */
import type { Role } from "@/lib/enums";

export type { Role };

export const permissions = [
  "article.read",
  "article.create",
  "article.edit",
  "article.delete",
  "claim.create",
  "claim.edit.own",
  "claim.edit.any",
  "claim.comment",
  "claim.verify",
  "claim.delete",
  "claim.restore",
  "claim.publish",
  "blind.submit",
  "blind.request",
  "dashboard.read",
  "export.csv",
  "verdict.manage",
  "user.manage",
  "webhook.manage",
] as const;
export type Permission = (typeof permissions)[number];

const reviewer: Permission[] = ["article.read", "article.create", "claim.create", "claim.edit.own", "claim.comment", "blind.submit"];
const editor: Permission[] = [...reviewer, "article.edit", "claim.edit.any", "claim.verify", "claim.delete", "claim.publish", "blind.request", "dashboard.read", "export.csv"];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  REVIEWER: reviewer,
  EDITOR: editor,
  ADMIN: permissions,
};

/**
 * What an API token may be used for. A token acts as its owner, narrowed to its scopes: every
 * permission needs one scope, so a read-only token can never write, whatever its owner's role.
 */
export const tokenScopes = ["read", "write", "export", "admin"] as const;
export type TokenScope = (typeof tokenScopes)[number];

export const scopeForPermission: Record<Permission, TokenScope> = {
  "article.read": "read",
  "article.create": "write",
  "article.edit": "write",
  "article.delete": "write",
  "claim.create": "write",
  "claim.edit.own": "write",
  "claim.edit.any": "write",
  "claim.comment": "write",
  "claim.verify": "write",
  "claim.delete": "write",
  "claim.restore": "write",
  "claim.publish": "write",
  "blind.submit": "write",
  "blind.request": "write",
  "dashboard.read": "read",
  "export.csv": "export",
  "verdict.manage": "admin",
  "user.manage": "admin",
  "webhook.manage": "admin",
};

/** The scopes a person may put on their tokens: `admin` only for those who administer. */
export function scopesFor(role: Role): TokenScope[] {
  return tokenScopes.filter((scope) => rolePermissions[role].some((permission) => scopeForPermission[permission] === scope));
}

/** A request made with an API token carries the token; a browser session carries none. */
export type ActingToken = { id: string; name: string; scopes: readonly TokenScope[] };
/** `sessionId` for a browser session (long streams check it is still live), `token` for an API token. */
export type Actor = { id: string; email: string; name: string; role: Role; token?: ActingToken; sessionId?: string };

export function can(actor: Pick<Actor, "role" | "token"> | null | undefined, permission: Permission): boolean {
  if (!actor || !rolePermissions[actor.role].includes(permission)) return false;
  return !actor.token || actor.token.scopes.includes(scopeForPermission[permission]);
}

/** Why `can` said no to a token whose owner's role would allow it, for the 403's message. */
export function missingScope(actor: Pick<Actor, "role" | "token">, permission: Permission): TokenScope | null {
  if (!actor.token || !rolePermissions[actor.role].includes(permission)) return null;
  const scope = scopeForPermission[permission];
  return actor.token.scopes.includes(scope) ? null : scope;
}
