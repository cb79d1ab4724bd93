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
  "export.csv",
  "verdict.manage",
  "user.manage",
] as const;
export type Permission = (typeof permissions)[number];

const reviewer: Permission[] = ["article.read", "article.create", "claim.create", "claim.edit.own", "claim.comment"];
const editor: Permission[] = [...reviewer, "article.edit", "claim.edit.any", "claim.verify", "claim.delete", "export.csv"];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  REVIEWER: reviewer,
  EDITOR: editor,
  ADMIN: permissions,
};

export type Actor = { id: string; email: string; name: string; role: Role };

export function can(actor: Pick<Actor, "role"> | null | undefined, permission: Permission): boolean {
  return actor ? rolePermissions[actor.role].includes(permission) : false;
}
