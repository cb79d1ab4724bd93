import { randomBytes } from "node:crypto";
import { describeRange } from "../../lib/anchoring/selectors";
import { insertTrustedArticle } from "../../lib/articles/insert-article";
import { hashPassword } from "../../lib/auth/password";
import type { Role } from "../../lib/auth/permissions";
import { anchorColumns } from "../../lib/claims/anchor-columns";
import { db } from "../../lib/db/client";
import type { Prisma } from "../../lib/db/generated/client";

export const e2ePassword = "e2e password 1234";

export type SeededUser = { id: string; email: string; name: string; role: Role; password: string };

/** Each test makes its own people, so tests never share state. */
export async function seedUser(role: Role, name?: string): Promise<SeededUser> {
  const tag = randomBytes(4).toString("hex");
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}-${tag}@e2e.test`,
      name: name ?? `${role[0]}${role.slice(1).toLowerCase()} ${tag}`,
      role,
      passwordHash: await hashPassword(e2ePassword),
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password: e2ePassword };
}

export const repeatedSentence = "The depot will open in 2028 — two years late.";

/** An article of our own with one sentence twice, curly quotes, a dash and an emoji. */
export async function seedArticle(authorId: string, title = `Depot story ${randomBytes(3).toString("hex")}`) {
  const html = `
<p>The city’s new bus depot cost “far more than planned,” officials said on Monday. ${repeatedSentence}</p>
<p>Construction costs rose 38% to $112 million 🚧.</p>
<p>Councillor Ana Reyes disputed the figures. ${repeatedSentence} She called for an audit.</p>`;
  return db.$transaction((tx) => insertTrustedArticle(tx, { actorId: authorId, input: { title, outlet: "Harbour Post", html } }));
}

/** A claim straight in the database on the latest revision, with a real anchor for `quote`. */
export async function seedClaim(articleId: string, quote: string, authorId: string, extra: Partial<Prisma.ClaimUncheckedCreateInput> = {}) {
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId }, orderBy: { number: "desc" }, select: { id: true, text: true } });
  const start = revision.text.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in the article`);
  return db.claim.create({
    data: {
      articleId,
      revisionId: revision.id,
      ...anchorColumns(describeRange(revision.text, start, start + quote.length)),
      statement: quote,
      createdById: authorId,
      ...extra,
    },
    include: { sources: true },
  });
}
