import { config } from "@/lib/config";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { toClaimReview } from "@/lib/export/json-formats";
import type { SealedContent } from "@/lib/verifications/sealed-content";
import { publicPath } from "./publish-claims";

/**
 * What a public fact-check page may show, and nothing more: the claim as sealed at its
 * current verification (statement, verdict, rationale, the quote in context, the sources and
 * their archived copies), the article it appeared in, the dates and the desk's name. No
 * people's names from the desk, no drafts, nothing unpublished.
 */
export type PublicFactCheck = {
  slug: string;
  publishedAt: string;
  verifiedAt: string;
  sealHash: string;
  content: SealedContent;
  article: { title: string; outlet: string | null; url: string | null; publishedAt: string | null };
  claimReview: ReturnType<typeof toClaimReview>;
};

export type PublicLookup = { state: "live"; factCheck: PublicFactCheck } | { state: "gone"; reason: string } | { state: "missing" };

export async function findPublicFactCheck(slug: string, appUrl: string): Promise<PublicLookup> {
  const publication = await db.publication.findUnique({
    where: { slug },
    select: {
      slug: true,
      publishedAt: true,
      unpublishedAt: true,
      claim: {
        select: {
          id: true,
          status: true,
          deletedAt: true,
          createdAt: true,
          article: { select: { title: true, outlet: true, url: true, publishedAt: true, deletedAt: true } },
          verification: { select: { content: true, hash: true, verifiedAt: true } },
        },
      },
    },
  });
  if (!publication) return { state: "missing" };
  const { claim } = publication;
  if (publication.unpublishedAt || claim.deletedAt || claim.article.deletedAt) return { state: "gone", reason: "This fact-check was withdrawn by the desk." };
  if (claim.status !== "VERIFIED" || !claim.verification) return { state: "gone", reason: "This fact-check is being reviewed again. It will be back once it is verified." };
  const content = claim.verification.content as unknown as SealedContent;
  const article = { title: claim.article.title, outlet: claim.article.outlet, url: claim.article.url, publishedAt: isoDay(claim.article.publishedAt) };
  const verifiedAt = claim.verification.verifiedAt.toISOString();
  const claimReview = toClaimReview(
    {
      id: claim.id,
      statement: content.statement,
      rationale: content.rationale,
      verdict: content.verdict.label,
      verdictRating: content.verdict.rating,
      claimant: content.claimant,
      claimDate: content.claimDate,
      articleTitle: article.title,
      articleUrl: article.url,
      articlePublishedAt: article.publishedAt,
      outlet: article.outlet,
      verifiedAt,
      createdAt: claim.createdAt.toISOString(),
      publishedPath: publicPath(publication.slug),
    },
    {
      organization: { name: config().FACTCHECK_ORG_NAME, url: config().FACTCHECK_ORG_URL },
      scale: { best: content.verdict.bestRating ?? 1, worst: content.verdict.worstRating ?? 1 },
      appUrl,
    },
  );
  return { state: "live", factCheck: { slug: publication.slug, publishedAt: publication.publishedAt.toISOString(), verifiedAt, sealHash: claim.verification.hash, content, article, claimReview } };
}

/** An archived copy cited by a live fact-check, for its public page: only what that seal cites. */
export async function findPublicSnapshot(slug: string, snapshotId: string, appUrl: string) {
  const lookup = await findPublicFactCheck(slug, appUrl);
  if (lookup.state !== "live" || !lookup.factCheck.content.sources.some((source) => source.snapshot?.id === snapshotId)) return null;
  const snapshot = await db.snapshot.findUnique({ where: { id: snapshotId }, select: { finalUrl: true, capturedAt: true, sha256: true, contentType: true, title: true, text: true } });
  return snapshot && { factCheck: lookup.factCheck, snapshot };
}

/** The newest fact-checks that are up, for the Atom feed. */
export async function listLiveFactChecks(limit = 50) {
  const rows = await db.publication.findMany({
    where: { unpublishedAt: null, claim: { status: "VERIFIED", deletedAt: null, article: { deletedAt: null } } },
    orderBy: { publishedAt: "desc" },
    take: limit,
    select: { slug: true, publishedAt: true, claim: { select: { verification: { select: { content: true, verifiedAt: true } } } } },
  });
  return rows.flatMap((row) => {
    const content = row.claim.verification?.content as unknown as SealedContent | undefined;
    return content ? [{ slug: row.slug, publishedAt: row.publishedAt.toISOString(), updatedAt: row.claim.verification!.verifiedAt.toISOString(), statement: content.statement, verdict: content.verdict.label, rationale: content.rationale }] : [];
  });
}
