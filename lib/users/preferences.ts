import { z } from "zod";
import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db, queryRows } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { parseWith } from "@/lib/validation";

export const preferencesSchema = z.object({ showHints: z.boolean({ error: "showHints must be true or false" }) }).strict();
export type Preferences = z.output<typeof preferencesSchema>;

export async function getPreferences({ actor }: { actor: Actor }): Promise<Preferences> {
  const [preferences] = await queryRows<Preferences>({ text: `SELECT "showHints" FROM "User" WHERE "id" = $1`, values: [actor.id] });
  if (!preferences) throw notFound("User not found");
  return preferences;
}

/** A person's own viewer preferences, kept on their account so they follow them from browser to browser. */
export async function updatePreferences({ actor, input }: { actor: Actor; input: unknown }): Promise<Preferences> {
  assertCan(actor, "article.read");
  const preferences = parseWith(preferencesSchema, input);
  return db.user.update({ where: { id: actor.id }, data: preferences, select: { showHints: true } });
}
