import { db } from "@/lib/db/client";

/** The verdict scale in its order, with each verdict's rating and highlight colour. */
export async function listVerdicts() {
  return db.verdict.findMany({ orderBy: { position: "asc" }, select: { id: true, label: true, position: true, rating: true, tone: true } });
}
export type VerdictDto = Awaited<ReturnType<typeof listVerdicts>>[number];
