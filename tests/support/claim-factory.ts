import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { articleHighlights } from "@/lib/claims/list-article-claims";
import { unpackClaimSummaries } from "@/lib/claims/packed-summaries";
import { addSource } from "@/lib/claims/sources";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { makeArticle, repeatedSentence, selectionOf } from "./article-factory";
import { makeUser } from "./factories";

export const refutingSource = { url: "https://example.org/model", title: "Travel model", quotedPassage: "4 to 7 minutes", kind: "PRIMARY_DATA", stance: "REFUTES" };

/** A claim on the second copy of the repeated sentence, verified by an editor; returns who did what. */
export async function verifiedClaim() {
  const reviewer = await makeUser("REVIEWER");
  const editor = await makeUser("EDITOR");
  const article = await makeArticle(reviewer);
  const created = await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, repeatedSentence, 1) } });
  await db.claim.update({ where: { id: created.id }, data: { assigneeId: reviewer.id } });
  await updateClaim({ actor: reviewer, claimId: created.id, input: { version: 1, changes: { verdictId: "verdict_mostly_false", rationale: "The model says 4 to 7 minutes.", claimant: "Priya Nair" } } });
  const withSource = await addSource({ actor: reviewer, claimId: created.id, input: refutingSource });
  const inReview = await changeClaimStatus({ actor: reviewer, claimId: created.id, input: { version: withSource.version, status: "IN_REVIEW" } });
  const claim = await changeClaimStatus({ actor: editor, claimId: created.id, input: { version: inReview.version, status: "VERIFIED" } });
  return { reviewer, editor, article, claim };
}

/** Every claim on an article as the browser has them: the highlights answer, packed against the latest text, unpacked. */
export async function highlightedClaims(actor: Actor, articleId: string) {
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId }, orderBy: { number: "desc" }, select: { id: true, text: true } });
  return unpackClaimSummaries(JSON.parse(await articleHighlights({ actor, articleId, query: { revisionId: revision.id } })), revision.text);
}
