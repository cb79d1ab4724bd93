import { reanchor, diffTexts, type AnchorResult } from "@/lib/anchoring/reanchor";
import { contextLength, occurrencesOf } from "@/lib/anchoring/selectors";
import type { DbTransaction } from "@/lib/db/client";
import type { AnchorState } from "@/lib/enums";
import type { Prisma } from "@/lib/db/generated/client";

/** A claim the edit moved off its exact text, for the summary the editor sees after saving. */
export type FlaggedClaim = { id: string; statement: string; state: "NEEDS_REVIEW" | "ORPHANED"; reopened: boolean };
export type ReanchorSummary = { anchored: number; needsReview: number; orphaned: number; reopened: number; flagged: FlaggedClaim[] };

type StoredClaim = {
  id: string;
  revisionId: string;
  quote: string;
  prefix: string;
  suffix: string;
  startOffset: number;
  endOffset: number;
  occurrence: number;
  anchorState: AnchorState;
  status: string;
  statement: string;
  verifiedById: string | null;
  assigneeId: string | null;
  deletedAt: Date | null;
};

const whyFlagged = {
  NEEDS_REVIEW: "its quoted text changed or was placed by approximate matching",
  ORPHANED: "its quoted text is no longer in the article",
} as const;

/**
 * A verified claim whose quote the edit changed, moved approximately or removed leaves
 * Verified in the edit's transaction: back to In review, its seal detached (and kept), and
 * its verifier and assignee notified through their mentions.
 */
async function reopenVerifiedClaim(tx: DbTransaction, claim: StoredClaim, state: FlaggedClaim["state"], { actorId, revisionNumber }: { actorId: string; revisionNumber: number }) {
  const reason = `Moved after an article edit (revision ${revisionNumber}): ${whyFlagged[state]}`;
  await tx.claim.update({
    where: { id: claim.id },
    data: { status: "IN_REVIEW", verifiedById: null, verifiedAt: null, verificationId: null, version: { increment: 1 } },
  });
  await tx.claimEvent.create({ data: { claimId: claim.id, actorId, field: "status", oldValue: "VERIFIED", newValue: "IN_REVIEW", reason } });
  const notify = [...new Set([claim.verifiedById, claim.assigneeId])].filter((id): id is string => !!id && id !== actorId);
  await tx.comment.create({
    data: {
      claimId: claim.id,
      authorId: actorId,
      body: `This verified claim went back to review. ${reason}. Please check it and verify it again.`,
      mentions: { create: notify.map((userId) => ({ userId })) },
    },
  });
}

/**
 * Re-anchors every claim of an article onto a new revision, inside the caller's transaction.
 * Claims that stay put move in one statement; flagged and orphaned ones get a history row
 * saying why. Orphaned claims keep their last good anchor (and its revision) untouched.
 * A verified claim stays Verified only when its exact quote is still there.
 */
export async function reanchorArticleClaims(
  tx: DbTransaction,
  { articleId, newRevisionId, newRevisionNumber, newText, actorId }: { articleId: string; newRevisionId: string; newRevisionNumber: number; newText: string; actorId: string },
): Promise<ReanchorSummary> {
  const claims: StoredClaim[] = await tx.claim.findMany({
    where: { articleId },
    select: {
      id: true, revisionId: true, quote: true, prefix: true, suffix: true, startOffset: true, endOffset: true, occurrence: true, anchorState: true,
      status: true, statement: true, verifiedById: true, assigneeId: true, deletedAt: true,
    },
  });
  const revisionIds = [...new Set(claims.map((c) => c.revisionId))];
  const oldTexts = new Map(
    (await tx.articleRevision.findMany({ where: { id: { in: revisionIds } }, select: { id: true, text: true } })).map((r) => [r.id, r.text]),
  );
  const diffs = new Map([...oldTexts].map(([id, text]) => [id, diffTexts(text, newText)]));

  const moved: { id: string; start: number; end: number; prefix: string; suffix: string; occurrence: number }[] = [];
  const summary: ReanchorSummary = { anchored: 0, needsReview: 0, orphaned: 0, reopened: 0, flagged: [] };
  const reason = `Article edited (revision ${newRevisionNumber})`;
  const flag = async (claim: StoredClaim, state: FlaggedClaim["state"]) => {
    if (claim.deletedAt) return;
    const reopened = claim.status === "VERIFIED";
    if (reopened) {
      await reopenVerifiedClaim(tx, claim, state, { actorId, revisionNumber: newRevisionNumber });
      summary.reopened++;
    }
    summary.flagged.push({ id: claim.id, statement: claim.statement, state, reopened });
  };

  for (const claim of claims) {
    const anchor = { exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix, start: claim.startOffset, end: claim.endOffset, occurrence: claim.occurrence };
    const result: AnchorResult = reanchor(anchor, newText, diffs.get(claim.revisionId));
    if (result.state === "orphaned") {
      if (!claim.deletedAt) summary.orphaned++;
      if (claim.anchorState !== "ORPHANED") {
        await tx.claim.update({ where: { id: claim.id }, data: { anchorState: "ORPHANED" } });
        await tx.claimEvent.create({ data: { claimId: claim.id, actorId, field: "anchorState", oldValue: claim.anchorState, newValue: "ORPHANED", reason } });
        await flag(claim, "ORPHANED");
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
      if (!claim.deletedAt) summary.anchored++;
      moved.push({ id: claim.id, start: result.start, end: result.end, occurrence, ...context });
      continue;
    }
    // Fuzzy placement, or an orphan found again: a person must look at it.
    if (!claim.deletedAt) summary.needsReview++;
    await tx.claim.update({
      where: { id: claim.id },
      data: { revisionId: newRevisionId, quote, ...context, startOffset: result.start, endOffset: result.end, occurrence, anchorState: "NEEDS_REVIEW" },
    });
    const events: Prisma.ClaimEventCreateManyInput[] = [
      { claimId: claim.id, actorId, field: "anchorState", oldValue: claim.anchorState, newValue: "NEEDS_REVIEW", reason },
    ];
    if (quote !== claim.quote) events.push({ claimId: claim.id, actorId, field: "quote", oldValue: claim.quote, newValue: quote, reason });
    await tx.claimEvent.createMany({ data: events });
    await flag(claim, "NEEDS_REVIEW");
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
