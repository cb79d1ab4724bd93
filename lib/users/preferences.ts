import { z } from "zod";
import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { parseWith } from "@/lib/validation";

export const preferencesSchema = z.object({ showHints: z.boolean({ error: "showHints must be true or false" }) }).strict();
export type Preferences = z.output<typeof preferencesSchema>;

export async function getPreferences({ actor }: { actor: Actor }): Promise<Preferences> {
  return db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { showHints: true } });
}

/** A person's own viewer preferences, kept on their account so they follow them from browser to browser. */
export async function updatePreferences({ actor, input }: { actor: Actor; input: unknown }): Promise<Preferences> {
  assertCan(actor, "article.read");
  const preferences = parseWith(preferencesSchema, input);
  return db.user.update({ where: { id: actor.id }, data: preferences, select: { showHints: true } });
}
