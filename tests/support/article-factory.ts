import { insertTrustedArticle } from "@/lib/articles/insert-article";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

export const repeatedSentence = "The plan would cut average commute times by 12 minutes.";

/** Our own test copy: a repeated sentence, curly quotes, dashes, an NBSP and an emoji. */
export const testArticleHtml = `
<p>RIVERSIDE — The council voted 7–2 on Tuesday to approve a $48\u00a0million plan.</p>
<p>“It is the biggest investment in buses,” said the mayor. ${repeatedSentence}</p>
<p>Routes would fall from 41 to 29 🚌.</p>
<p>Agency director Priya Nair defended the estimate. ${repeatedSentence} She cited the agency’s model.</p>`;

export async function makeArticle(actor: Actor, html = testArticleHtml) {
  const article = await db.$transaction((tx) => insertTrustedArticle(tx, { actorId: actor.id, input: { title: "Bus plan", outlet: "Test Ledger", html } }));
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, select: { id: true, text: true } });
  return { ...article, revisionId: revision.id, text: revision.text };
}

/** Offsets of the n-th occurrence of `quote` in `text`. */
export function selectionOf(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`"${quote}" not found`);
  return { start: at, end: at + quote.length, exact: quote };
}
