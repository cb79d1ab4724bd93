import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { handleOf, mentionedHandles } from "./mentions";
import { notify } from "@/lib/notifications/notify";
import { commentSchema } from "./schema";
import { recordClaimEvent } from "@/lib/live/desk-events";

/** A comment on a claim, notifying the people it @mentions (a mention row each, in the same transaction). */
export async function addComment({ actor, claimId, input }: { actor: Actor; claimId: string; input: unknown }) {
  assertCan(actor, "claim.comment");
  const { body } = parseWith(commentSchema, input);
  const handles = mentionedHandles(body);
  return db.$transaction(async (tx) => {
    if (!(await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) throw notFound("Claim not found");
    const candidates = handles.length
      ? await tx.user.findMany({
          where: { disabledAt: null, OR: handles.map((handle) => ({ email: { startsWith: `${handle}@` } })) },
          select: { id: true, email: true },
        })
      : [];
    const mentioned = candidates.filter((user) => handles.includes(handleOf(user.email)) && user.id !== actor.id);
    const comment = await tx.comment.create({
      data: { claimId, authorId: actor.id, body, mentions: { create: mentioned.map((user) => ({ userId: user.id })) } },
      select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
    });
    await recordClaimEvent(tx, claimId, "claim.comment", actor);
    await notify(tx, { userIds: mentioned.map((user) => user.id), kind: "MENTION", claimId, actor });
    return { ...comment, createdAt: comment.createdAt.toISOString() };
  });
}

export type CommentDto = Awaited<ReturnType<typeof addComment>>;
