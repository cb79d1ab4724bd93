import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { SealedContent } from "@/lib/verifications/sealed-content";
import { claimSelect, toClaimDto } from "./dto";

/** Every claim on an article in reading order; orphaned ones too (they keep their last offsets). */
export async function listArticleClaims({ actor, articleId }: { actor: Actor; articleId: string }) {
  assertCan(actor, "article.read");
  const rows = await db.claim.findMany({ where: { articleId, deletedAt: null }, select: claimSelect, orderBy: [{ startOffset: "asc" }, { createdAt: "asc" }] });
  return rows.map(toClaimDto);
}

/** Deleted claims of an article, for the admins who may restore them. */
export async function listDeletedClaims({ actor, articleId }: { actor: Actor; articleId: string }) {
  assertCan(actor, "claim.restore");
  const rows = await db.claim.findMany({
    where: { articleId, deletedAt: { not: null } },
    orderBy: { deletedAt: "desc" },
    select: { id: true, quote: true, statement: true, deletedAt: true, deletionReason: true, deletedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({ ...row, deletedAt: row.deletedAt!.toISOString(), deletedBy: row.deletedBy?.name ?? null }));
}
export type DeletedClaimDto = Awaited<ReturnType<typeof listDeletedClaims>>[number];

/** A claim with its comment thread, history and sealed verifications, for the side panel. */
export async function getClaimDetail({ actor, claimId }: { actor: Actor; claimId: string }) {
  assertCan(actor, "article.read");
  const row = await db.claim.findUnique({
    where: { id: claimId, deletedAt: null },
    select: {
      ...claimSelect,
      verifications: {
        orderBy: { verifiedAt: "desc" },
        select: { id: true, verifiedAt: true, revisionNumber: true, hash: true, content: true, verifiedBy: { select: { id: true, name: true } } },
      },
      comments: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } } },
      events: {
        orderBy: { createdAt: "desc" },
        take: 200,
        select: { id: true, field: true, oldValue: true, newValue: true, reason: true, createdAt: true, actor: { select: { id: true, name: true } } },
      },
    },
  });
  if (!row) throw notFound("Claim not found");
  const { comments, events, verifications, ...claim } = row;
  return {
    claim: toClaimDto(claim),
    verifications: verifications.map((v) => ({ ...v, verifiedAt: v.verifiedAt.toISOString(), content: v.content as unknown as SealedContent })),
    comments: comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    history: events.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
  };
}

/** Comments that mention the actor, newest first. Reading them changes nothing (see markMentionsRead). */
export async function listMentions({ actor }: { actor: Actor }) {
  const mentions = await db.commentMention.findMany({
    where: { userId: actor.id },
    orderBy: { comment: { createdAt: "desc" } },
    take: 100,
    select: {
      readAt: true,
      comment: {
        select: {
          id: true,
          body: true,
          createdAt: true,
          author: { select: { name: true } },
          claim: { select: { id: true, statement: true, article: { select: { slug: true, title: true } } } },
        },
      },
    },
  });
  return mentions.map(({ readAt, comment }) => ({ unread: readAt === null, ...comment, createdAt: comment.createdAt.toISOString() }));
}

export async function markMentionsRead({ actor }: { actor: Actor }) {
  const { count } = await db.commentMention.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return count;
}

export async function countUnreadMentions({ actor }: { actor: Actor }) {
  return db.commentMention.count({ where: { userId: actor.id, readAt: null } });
}

export async function listAssignableUsers({ actor }: { actor: Actor }) {
  assertCan(actor, "article.read");
  return db.user.findMany({ where: { disabledAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export type ClaimDetailDto = Awaited<ReturnType<typeof getClaimDetail>>;
export type CommentDto = ClaimDetailDto["comments"][number];
export type HistoryEntry = ClaimDetailDto["history"][number];
export type VerificationDto = ClaimDetailDto["verifications"][number];
