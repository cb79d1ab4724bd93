import { AppError } from "@/lib/errors";
import { can, missingScope, type Actor, type Permission } from "./permissions";

export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError("unauthenticated", "Please sign in");
  if (can(actor, permission)) return;
  const scope = missingScope(actor, permission);
  throw new AppError("forbidden", scope ? `This API token lacks the "${scope}" scope` : "You do not have permission to do that");
}
