import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** Active people a claim can be assigned to: ids and names only. */
export async function listAssignableUsers({ actor }: { actor: Actor }) {
  assertCan(actor, "article.read");
  return db.user.findMany({ where: { disabledAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
