import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** The verdict scale in its order, with each verdict's rating and highlight colour. */
export async function listVerdicts() {
  return db.verdict.findMany({ orderBy: { position: "asc" }, select: { id: true, label: true, position: true, rating: true, tone: true } });
}
export type VerdictDto = Awaited<ReturnType<typeof listVerdicts>>[number];

/** The scale as the API serves it: reference data, but still only for those who may read. */
export async function readVerdictScale({ actor }: { actor: Actor }) {
  assertCan(actor, "article.read");
  return listVerdicts();
}
