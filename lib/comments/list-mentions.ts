import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db, queryRows } from "@/lib/db/client";

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
  assertCan(actor, "claim.comment");
  const { count } = await db.commentMention.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return count;
}

/** Through pg: every page's header shows it. */
export async function countUnreadMentions({ actor }: { actor: Actor }): Promise<number> {
  const [{ count }] = await queryRows<{ count: number }>({ text: `SELECT count(*)::int AS "count" FROM "CommentMention" WHERE "userId" = $1 AND "readAt" IS NULL`, values: [actor.id] });
  return count;
}
