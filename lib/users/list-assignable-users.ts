import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { queryRows } from "@/lib/db/client";

/** Active people a claim can be assigned to: ids and names only. Through pg: every article page reads them. */
export async function listAssignableUsers({ actor }: { actor: Actor }): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "article.read");
  return queryRows({ text: `SELECT "id", "name" FROM "User" WHERE "disabledAt" IS NULL ORDER BY "name"`, values: [] });
}
