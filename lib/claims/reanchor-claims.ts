import { reanchor, diffTexts, type AnchorResult } from "@/lib/anchoring/reanchor";
import { describeRange } from "@/lib/anchoring/selectors";
import type { DbTransaction } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
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
 * Re-anchors every claim of an article onto a new revision, inside the caller's transaction:
 * the placement in memory, then set-based writes (one statement per kind of change, whatever
 * the number of claims). Flagged and orphaned claims get a history row saying why; orphaned
 * claims keep their last good anchor (and its revision). A verified claim stays Verified only
 * when its exact quote is still there; otherwise it goes back to In review (its seal detached
 * and kept) and its verifier and assignee find it under Mentions.
 */
export async function reanchorArticleClaims(
  tx: DbTransaction,
  {
    articleId,
    previous,
    newRevisionId,
    newRevisionNumber,
    newText,
    actorId,
  }: {
    articleId: string;
    /** The revision the edit replaces, read under the edit's lock: most claims sit on it. */
    previous: { id: string; text: string };
    newRevisionId: string;
    newRevisionNumber: number;
    newText: string;
    actorId: string;
  },
): Promise<ReanchorSummary> {
  // Raw: turning a thousand rows into Prisma's objects took longer than reading them.
  const claims = await tx.$queryRaw<StoredClaim[]>`
    SELECT "id", "revisionId", "quote", "prefix", "suffix", "startOffset", "endOffset", "occurrence", "anchorState"::text AS "anchorState",
           "status"::text AS "status", "statement", "verifiedById", "assigneeId", "deletedAt"
    FROM "Claim" WHERE "articleId" = ${articleId}`;
  const oldTexts = new Map([[previous.id, previous.text]]);
  // Orphaned claims keep the older revision they were last found on.
  const olderIds = [...new Set(claims.map((c) => c.revisionId))].filter((id) => !oldTexts.has(id));
  if (olderIds.length) {
    for (const r of await tx.articleRevision.findMany({ where: { id: { in: olderIds } }, select: { id: true, text: true } })) oldTexts.set(r.id, r.text);
  }
  const diffs = new Map([...oldTexts].map(([id, text]) => [id, diffTexts(text, newText)]));

  type Placed = { id: string; start: number; end: number; prefix: string; suffix: string; occurrence: number; quote: string };
  const moved: Placed[] = [];
  const fuzzy: Placed[] = [];
  const orphanIds: string[] = [];
  const events: Prisma.ClaimEventCreateManyInput[] = [];
  const reopen: { claim: StoredClaim; state: FlaggedClaim["state"] }[] = [];
  const summary: ReanchorSummary = { anchored: 0, needsReview: 0, orphaned: 0, reopened: 0, flagged: [] };
  const reason = `Article edited (revision ${newRevisionNumber})`;
  const flag = (claim: StoredClaim, state: FlaggedClaim["state"]) => {
    if (claim.deletedAt) return;
    const reopened = claim.status === "VERIFIED";
    if (reopened) reopen.push({ claim, state });
    summary.flagged.push({ id: claim.id, statement: claim.statement, state, reopened });
  };

  for (const claim of claims) {
    const anchor = { exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix, start: claim.startOffset, end: claim.endOffset, occurrence: claim.occurrence };
    const result: AnchorResult = reanchor(anchor, newText, diffs.get(claim.revisionId));
    if (result.state === "orphaned") {
      if (!claim.deletedAt) summary.orphaned++;
      if (claim.anchorState !== "ORPHANED") {
        orphanIds.push(claim.id);
        events.push({ claimId: claim.id, actorId, field: "anchorState", oldValue: claim.anchorState, newValue: "ORPHANED", reason });
        flag(claim, "ORPHANED");
      }
      continue;
    }
    const { exact: quote, prefix, suffix, occurrence } = describeRange(newText, result.start, result.end);
    const placed: Placed = { id: claim.id, start: result.start, end: result.end, prefix, suffix, occurrence, quote };
    if (result.state === "anchored" && claim.anchorState !== "ORPHANED") {
      if (!claim.deletedAt) summary.anchored++;
      moved.push(placed);
      continue;
    }
    // Fuzzy placement, or an orphan found again: a person must look at it.
    if (!claim.deletedAt) summary.needsReview++;
    fuzzy.push(placed);
    events.push({ claimId: claim.id, actorId, field: "anchorState", oldValue: claim.anchorState, newValue: "NEEDS_REVIEW", reason });
    if (quote !== claim.quote) events.push({ claimId: claim.id, actorId, field: "quote", oldValue: claim.quote, newValue: quote, reason });
    flag(claim, "NEEDS_REVIEW");
  }

  await moveAnchors(tx, newRevisionId, moved, null); // exact: a flag a person has not cleared stays

  await moveAnchors(tx, newRevisionId, fuzzy, "NEEDS_REVIEW");
  if (orphanIds.length) await tx.claim.updateMany({ where: { id: { in: orphanIds } }, data: { anchorState: "ORPHANED" } });
  if (reopen.length) {
    await reopenVerifiedClaims(tx, reopen, { actorId, revisionNumber: newRevisionNumber, events });
    summary.reopened = reopen.length;
  }
  if (events.length) await tx.claimEvent.createMany({ data: events });
  return summary;
}

/** One UPDATE … FROM unnest(…) for every claim placed on the new revision in the same way (state null: unchanged). */
async function moveAnchors(tx: DbTransaction, revisionId: string, placed: { id: string; start: number; end: number; prefix: string; suffix: string; occurrence: number; quote: string }[], state: AnchorState | null) {
  if (!placed.length) return;
  await tx.$executeRaw`
    UPDATE "Claim" AS c SET
      "revisionId" = ${revisionId}, "anchorState" = COALESCE(${state}::"AnchorState", c."anchorState"), "quote" = m.quote,
      "startOffset" = m.start, "endOffset" = m.finish, "prefix" = m.prefix, "suffix" = m.suffix, "occurrence" = m.occurrence
    FROM unnest(${placed.map((m) => m.id)}::text[], ${placed.map((m) => m.start)}::int[], ${placed.map((m) => m.end)}::int[],
                ${placed.map((m) => m.prefix)}::text[], ${placed.map((m) => m.suffix)}::text[], ${placed.map((m) => m.occurrence)}::int[],
                ${placed.map((m) => m.quote)}::text[])
      AS m(id, start, finish, prefix, suffix, occurrence, quote)
    WHERE c."id" = m.id`;
}

/**
 * Verified claims the edit touched go back to In review together: their seals detached (and
 * kept), a status row each, and a comment each that mentions the verifier and the assignee.
 */
async function reopenVerifiedClaims(
  tx: DbTransaction,
  reopen: { claim: StoredClaim; state: FlaggedClaim["state"] }[],
  { actorId, revisionNumber, events }: { actorId: string; revisionNumber: number; events: Prisma.ClaimEventCreateManyInput[] },
) {
  await tx.claim.updateMany({
    where: { id: { in: reopen.map((r) => r.claim.id) } },
    data: { status: "IN_REVIEW", verifiedById: null, verifiedAt: null, verificationId: null, version: { increment: 1 } },
  });
  const reasons = reopen.map(({ state }) => `Moved after an article edit (revision ${revisionNumber}): ${whyFlagged[state]}`);
  reopen.forEach(({ claim }, i) => events.push({ claimId: claim.id, actorId, field: "status", oldValue: "VERIFIED", newValue: "IN_REVIEW", reason: reasons[i] }));
  const comments = await tx.comment.createManyAndReturn({
    data: reopen.map(({ claim }, i) => ({ claimId: claim.id, authorId: actorId, body: `This verified claim went back to review. ${reasons[i]}. Please check it and verify it again.` })),
    select: { id: true, claimId: true },
  });
  const byClaim = new Map(reopen.map(({ claim }) => [claim.id, claim]));
  const mentions = comments.flatMap((comment) => {
    const claim = byClaim.get(comment.claimId)!;
    return [...new Set([claim.verifiedById, claim.assigneeId])].filter((id): id is string => !!id && id !== actorId).map((userId) => ({ commentId: comment.id, userId }));
  });
  if (mentions.length) await tx.commentMention.createMany({ data: mentions });
  const editor = await tx.user.findUniqueOrThrow({ where: { id: actorId }, select: { id: true, name: true } });
  for (const { claim } of reopen) await notify(tx, { userIds: [claim.verifiedById], kind: "REOPENED", claimId: claim.id, actor: editor });
}
