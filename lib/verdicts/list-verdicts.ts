import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { queryRows } from "@/lib/db/client";
import type { VerdictTone } from "@/lib/enums";

export type VerdictDto = { id: string; label: string; position: number; rating: number | null; tone: VerdictTone };

/** The verdict scale in its order, with each verdict's rating and highlight colour. Through pg: every article page reads it. */
export async function listVerdicts(): Promise<VerdictDto[]> {
  return queryRows<VerdictDto>({ text: `SELECT "id", "label", "position", "rating", "tone"::text AS "tone" FROM "Verdict" ORDER BY "position"`, values: [] });
}

/** The scale as the API serves it: reference data, but still only for those who may read. */
export async function readVerdictScale({ actor }: { actor: Actor }) {
  assertCan(actor, "article.read");
  return listVerdicts();
}
