import { AppError } from "@/lib/errors";
import { can, type Actor, type Permission } from "./permissions";

export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError("unauthenticated", "Please sign in");
  if (!can(actor, permission)) throw new AppError("forbidden", "You do not have permission to do that");
}
