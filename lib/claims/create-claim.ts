import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { diffTexts, reanchor } from "@/lib/anchoring/reanchor";
import { describeRange, rangeProblem } from "@/lib/anchoring/selectors";
import { db, type DbTransaction } from "@/lib/db/client";
import { AppError, invalid, notFound } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { anchorColumns } from "./anchor-columns";
import { newClaimDto, newClaimSelect } from "./dto";
import { createClaimSchema } from "./schema";
import { recordDeskEvent } from "@/lib/live/desk-events";

const staleMessage = "The article was edited since you selected the text, and your selection changed. Select it again in the current text.";

/**
 * Where a selection made on an older revision stands in the latest text: the same exact words,
 * placed through the diff of the two texts, or null (the person must select again).
 */
async function carryForward(tx: DbTransaction, articleId: string, selection: { revisionId: string; start: number; end: number; exact: string }, latestText: string) {
  const old = await tx.articleRevision.findFirst({ where: { id: selection.revisionId, articleId }, select: { text: true } });
  if (!old || rangeProblem(old.text, selection)) return null;
  const result = reanchor(describeRange(old.text, selection.start, selection.end), latestText, diffTexts(old.text, latestText));
  return result.state === "anchored" ? { start: result.start, end: result.end } : null;
}

/** For a quote sent without a position: where it stands, if it stands in exactly one place. */
function uniqueOccurrence(text: string, exact: string): { start: number; end: number } {
  const first = text.indexOf(exact);
  if (first < 0) throw invalid({ exact: "This text is not in the article's latest revision" });
  if (text.indexOf(exact, first + 1) >= 0) throw invalid({ exact: "This text appears more than once in the article: send revisionId, start and end to choose one" });
  return { start: first, end: first + exact.length };
}

/** A new draft claim on the latest revision, anchored exactly where the reviewer selected. */
export async function createClaim({ actor, articleId, input }: { actor: Actor; articleId: string; input: unknown }) {
  assertCan(actor, "claim.create");
  const { revisionId, start, end, exact, statement } = parseWith(createClaimSchema, input);
  return db.$transaction(async (tx) => {
    const revision = await lockLatestRevision(tx, articleId);
    let range: { start: number; end: number };
    if (revisionId === undefined || start === undefined || end === undefined) {
      range = uniqueOccurrence(revision.text, exact);
    } else if (revision.id !== revisionId) {
      const carried = await carryForward(tx, articleId, { revisionId, start, end, exact }, revision.text);
      if (!carried) throw new AppError("conflict", staleMessage);
      range = carried;
    } else {
      const problem = rangeProblem(revision.text, { start, end, exact });
      if (problem) throw invalid({ [problem.field]: problem.message }, problem.message);
      range = { start, end };
    }

    const anchor = describeRange(revision.text, range.start, range.end);
    const claim = await tx.claim.create({
      data: {
        articleId,
        revisionId: revision.id,
        ...anchorColumns(anchor),
        statement: statement ?? anchor.exact.trim(),
        createdById: actor.id,
      },
      select: newClaimSelect,
    });
    // createMany: an INSERT with nothing to read back (a nested create would read the claim again).
    await tx.claimEvent.createMany({
      data: { claimId: claim.id, actorId: actor.id, field: "created", newValue: { quote: anchor.exact, start: range.start, end: range.end, revisionId: revision.id } },
    });
    await recordDeskEvent(tx, { articleId, claimId: claim.id, kind: "claim.created", actor });
    return newClaimDto(claim, { id: actor.id, name: actor.name });
  });
}

/**
 * The article's latest revision, read after the article row is share-locked. Two statements on
 * purpose: under READ COMMITTED a statement's snapshot is taken before it waits for a lock, so
 * one statement that locks the article and reads its revisions would, behind an edit, return
 * the revision that edit just replaced. Read after the lock, an edit committing at the same
 * moment has either committed (and the claim lands on its text) or will see the new claim
 * (and re-anchor it).
 */
async function lockLatestRevision(tx: DbTransaction, articleId: string): Promise<{ id: string; text: string }> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Article" WHERE "id" = ${articleId} AND "deletedAt" IS NULL FOR SHARE`;
  if (locked.length === 0) throw notFound("Article not found");
  const [revision] = await tx.$queryRaw<{ id: string; text: string }[]>`
    SELECT "id", "text" FROM "ArticleRevision" WHERE "articleId" = ${articleId} ORDER BY "number" DESC LIMIT 1`;
  if (!revision) throw notFound("Article not found");
  return revision;
}
