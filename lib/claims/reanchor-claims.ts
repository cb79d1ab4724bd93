import { reanchor, diffTexts, type AnchorResult } from "@/lib/anchoring/reanchor";
import { contextLength, occurrencesOf } from "@/lib/anchoring/selectors";
import type { DbTransaction } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export type ReanchorSummary = { anchored: number; needsReview: number; orphaned: number };

type StoredClaim = {
  id: string;
  revisionId: string;
  quote: string;
  prefix: string;
  suffix: string;
  startOffset: number;
  endOffset: number;
  occurrence: number;
  anchorState: "ANCHORED" | "NEEDS_REVIEW" | "ORPHANED";
};

/**
 * Re-anchors every claim of an article onto a new revision, inside the caller's transaction.
 * Claims that stay put move in one statement; flagged and orphaned ones get a history row
 * saying why. Orphaned claims keep their last good anchor (and its revision) untouched.
 */
export async function reanchorArticleClaims(
  tx: DbTransaction,
  { articleId, newRevisionId, newRevisionNumber, newText, actorId }: { articleId: string; newRevisionId: string; newRevisionNumber: number; newText: string; actorId: string },
): Promise<ReanchorSummary> {
  const claims: StoredClaim[] = await tx.claim.findMany({
    where: { articleId },
    select: { id: true, revisionId: true, quote: true, prefix: true, suffix: true, startOffset: true, endOffset: true, occurrence: true, anchorState: true },
  });
  const revisionIds = [...new Set(claims.map((c) => c.revisionId))];
  const oldTexts = new Map(
    (await tx.articleRevision.findMany({ where: { id: { in: revisionIds } }, select: { id: true, text: true } })).map((r) => [r.id, r.text]),
  );
  const diffs = new Map([...oldTexts].map(([id, text]) => [id, diffTexts(text, newText)]));

  const moved: { id: string; start: number; end: number; prefix: string; suffix: string; occurrence: number }[] = [];
  const summary: ReanchorSummary = { anchored: 0, needsReview: 0, orphaned: 0 };
  const reason = `Article edited (revision ${newRevisionNumber})`;

  for (const claim of claims) {
    const anchor = { exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix, start: claim.startOffset, end: claim.endOffset, occurrence: claim.occurrence };
    const result: AnchorResult = reanchor(anchor, newText, diffs.get(claim.revisionId));
    if (result.state === "orphaned") {
      summary.orphaned++;
      if (claim.anchorState !== "ORPHANED") {
        await tx.claim.update({ where: { id: claim.id }, data: { anchorState: "ORPHANED" } });
        await tx.claimEvent.create({ data: { claimId: claim.id, actorId, field: "anchorState", oldValue: claim.anchorState, newValue: "ORPHANED", reason } });
      }
      continue;
    }
    const context = {
      prefix: newText.slice(Math.max(0, result.start - contextLength), result.start),
      suffix: newText.slice(result.end, result.end + contextLength),
    };
    const quote = newText.slice(result.start, result.end);
    const occurrence = Math.max(0, occurrencesOf(newText, quote).indexOf(result.start));
    if (result.state === "anchored" && claim.anchorState !== "ORPHANED") {
      summary.anchored++;
      moved.push({ id: claim.id, start: result.start, end: result.end, occurrence, ...context });
      continue;
    }
    // Fuzzy placement, or an orphan found again: a person must look at it.
    summary.needsReview++;
    await tx.claim.update({
      where: { id: claim.id },
      data: { revisionId: newRevisionId, quote, ...context, startOffset: result.start, endOffset: result.end, occurrence, anchorState: "NEEDS_REVIEW" },
    });
    const events: Prisma.ClaimEventCreateManyInput[] = [
      { claimId: claim.id, actorId, field: "anchorState", oldValue: claim.anchorState, newValue: "NEEDS_REVIEW", reason },
    ];
    if (quote !== claim.quote) events.push({ claimId: claim.id, actorId, field: "quote", oldValue: claim.quote, newValue: quote, reason });
    await tx.claimEvent.createMany({ data: events });
  }

  if (moved.length) {
    await tx.$executeRaw`
      UPDATE "Claim" AS c SET
        "revisionId" = ${newRevisionId},
        "startOffset" = m.start, "endOffset" = m.finish, "prefix" = m.prefix, "suffix" = m.suffix, "occurrence" = m.occurrence
      FROM unnest(${moved.map((m) => m.id)}::text[], ${moved.map((m) => m.start)}::int[], ${moved.map((m) => m.end)}::int[],
                  ${moved.map((m) => m.prefix)}::text[], ${moved.map((m) => m.suffix)}::text[], ${moved.map((m) => m.occurrence)}::int[])
        AS m(id, start, finish, prefix, suffix, occurrence)
      WHERE c."id" = m.id`;
  }
  return summary;
}
