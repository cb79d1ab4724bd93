import { z } from "zod";
import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { listVerdicts } from "./list-verdicts";
import { verdictTones } from "@/lib/enums";

export const scaleSchema = z
  .object({
    verdicts: z
      .array(
        z
          .object({
            id: z.string().min(1),
            label: z.string({ error: "Enter a label" }).trim().min(1, "Enter a label").max(60, "Use at most 60 characters"),
            // Omitted: unchanged. null: not rated (not on the truth scale).
            rating: z.number({ error: "A rating is a whole number from 1 to 10" }).int("A rating is a whole number from 1 to 10").min(1, "Ratings start at 1").max(10, "Ratings go up to 10").nullable().optional(),
            tone: z.enum(verdictTones, { error: "Choose a colour" }).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/**
 * Renames, reorders and rates the whole verdict scale at once; the list order is the new
 * order. Colours and ratings belong to each verdict, so reordering changes neither.
 */
export async function updateVerdictScale({ actor, input }: { actor: Actor; input: unknown }) {
  assertCan(actor, "verdict.manage");
  const { verdicts } = parseWith(scaleSchema, input);
  const labels = verdicts.map((v) => v.label.toLowerCase());
  const duplicate = labels.findIndex((label, i) => labels.indexOf(label) !== i);
  if (duplicate !== -1) throw invalid({ [`verdicts.${duplicate}.label`]: "Each verdict needs its own label" });

  await db.$transaction(async (tx) => {
    const existing = await tx.verdict.findMany({ select: { id: true, label: true, position: true, rating: true, tone: true } });
    const ids = new Set(existing.map((v) => v.id));
    if (verdicts.length !== existing.length || verdicts.some((v) => !ids.has(v.id))) {
      throw invalid({ verdicts: "Send every verdict exactly once" });
    }
    // Two passes so swapping two labels never trips the unique constraint.
    for (const v of verdicts) await tx.verdict.update({ where: { id: v.id }, data: { label: `__renaming__${v.id}` } });
    for (const [position, v] of verdicts.entries()) {
      await tx.verdict.update({ where: { id: v.id }, data: { label: v.label, position, rating: v.rating, tone: v.tone } });
    }
    await recordAuditEvent(tx, { actorId: actor.id, action: "verdict.scale", targetType: "verdict", data: { before: existing, after: verdicts } });
  });
  return listVerdicts();
}
