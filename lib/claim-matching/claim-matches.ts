import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { claimsBlindTo } from "@/lib/blind-reviews/blind-visibility";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { parseSearchWith } from "@/lib/validation";
import { findMatches, type ClaimMatch } from "./find-matches";
import { similarQuerySchema } from "./schema";

/** Another appearance of the same claim (linked), or the claim a verdict was reused from. */
export type LinkedClaim = { claimId: string; statement: string; status: string; verdictLabel: string | null; article: { slug: string; title: string; url: string | null }; createdAt: string };

/**
 * What the claim panel's "Already checked" section shows; `matches` is null when matching failed.
 * `verdictsHidden`: the reader owes a blind verdict on the claim, so no verdict given elsewhere is in it.
 */
export type ClaimMatchesDto = { matches: ClaimMatch[] | null; linked: LinkedClaim[]; reusedFrom: LinkedClaim | null; verdictsHidden: boolean };

const linkedSelect = {
  id: true,
  statement: true,
  status: true,
  createdAt: true,
  verdict: { select: { label: true } },
  article: { select: { slug: true, title: true, url: true } },
} as const;

const toLinked = (row: { id: string; statement: string; status: string; createdAt: Date; verdict: { label: string } | null; article: { slug: string; title: string; url: string | null } }): LinkedClaim => ({
  claimId: row.id,
  statement: row.statement,
  status: row.status,
  verdictLabel: row.verdict?.label ?? null,
  article: row.article,
  createdAt: row.createdAt.toISOString(),
});

/**
 * A claim's earlier look-alikes in every article, its linked appearances and where its verdict
 * came from. Matching is advice: if it fails, the claim still loads and the panel says so.
 */
export async function claimMatches({ actor, claimId }: { actor: Actor; claimId: string }): Promise<ClaimMatchesDto> {
  assertCan(actor, "article.read");
  const claim = await db.claim.findFirst({ where: { id: claimId, deletedAt: null }, select: { id: true, quote: true, sameClaimGroupId: true, reusedFrom: { select: linkedSelect } } });
  if (!claim) throw notFound("Claim not found");
  const linkedRows = claim.sameClaimGroupId
    ? await db.claim.findMany({ where: { sameClaimGroupId: claim.sameClaimGroupId, deletedAt: null, id: { not: claim.id }, article: { deletedAt: null } }, select: linkedSelect, orderBy: { createdAt: "asc" } })
    : [];
  const blind = await claimsBlindTo(actor.id);
  let matches: ClaimMatch[] | null;
  try {
    matches = await findMatches({ actor, text: claim.quote, excludeClaimIds: [claim.id, ...linkedRows.map((row) => row.id)], blind });
  } catch (error) {
    log.warn({ err: error, event: "matching_failed", claimId }, "claim matching failed");
    matches = null;
  }
  const found: ClaimMatchesDto = { matches, linked: linkedRows.map(toLinked), reusedFrom: claim.reusedFrom ? toLinked(claim.reusedFrom) : null, verdictsHidden: false };
  // A reviewer owing a blind verdict on this claim sees where else it appears, not what was decided there.
  return blind.has(claimId) ? withoutVerdicts(found) : found;
}

function withoutVerdicts({ matches, linked, reusedFrom }: ClaimMatchesDto): ClaimMatchesDto {
  const unrated = (claim: LinkedClaim): LinkedClaim => ({ ...claim, verdictLabel: null });
  return { matches: matches?.map((match) => ({ ...match, verdict: null })) ?? null, linked: linked.map(unrated), reusedFrom: reusedFrom && unrated(reusedFrom), verdictsHidden: true };
}

/** Earlier claims like a sentence of an article (a hint the person is looking at). */
export async function similarClaims({ actor, input }: { actor: Actor; input: unknown }): Promise<ClaimMatch[]> {
  assertCan(actor, "article.read");
  const { text } = parseSearchWith(similarQuerySchema, input);
  return findMatches({ actor, text, limit: 3 });
}
