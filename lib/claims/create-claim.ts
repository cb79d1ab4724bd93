import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { diffTexts, reanchor } from "@/lib/anchoring/reanchor";
import { describeRange, rangeProblem } from "@/lib/anchoring/selectors";
import { randomUUID } from "node:crypto";
import { sqlTransaction, type SqlRunner } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError, invalid, notFound } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { anchorColumns } from "./anchor-columns";
import { articleShareLock } from "./load-claim";
import { newClaimDto, newClaimSelect, type NewClaimRow } from "./dto";
import { createClaimSchema } from "./schema";
import { deskEventNotice, deskEventRow } from "@/lib/live/desk-events";

const staleMessage = "The article was edited since you selected the text, and your selection changed. Select it again in the current text.";

/**
 * Where a selection made on an older revision stands in the latest text: the same exact words,
 * placed through the diff of the two texts, or null (the person must select again).
 */
async function carryForward(sql: SqlRunner, articleId: string, selection: { revisionId: string; start: number; end: number; exact: string }, latestText: string) {
  const [old] = await sql<{ text: string }>(Prisma.sql`SELECT "text" FROM "ArticleRevision" WHERE "id" = ${selection.revisionId} AND "articleId" = ${articleId}`);
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

/**
 * A new draft claim on the latest revision, anchored exactly where the reviewer selected.
 * Straight through pg (sqlTransaction): it is the desk's most frequent write.
 */
export async function createClaim({ actor, articleId, input }: { actor: Actor; articleId: string; input: unknown }) {
  assertCan(actor, "claim.create");
  const { revisionId, start, end, exact, statement } = parseWith(createClaimSchema, input);
  return sqlTransaction(async (sql) => {
    const revision = await lockLatestRevision(sql, articleId);
    let range: { start: number; end: number };
    if (revisionId === undefined || start === undefined || end === undefined) {
      range = uniqueOccurrence(revision.text, exact);
    } else if (revision.id !== revisionId) {
      const carried = await carryForward(sql, articleId, { revisionId, start, end, exact }, revision.text);
      if (!carried) throw new AppError("conflict", staleMessage);
      range = carried;
    } else {
      const problem = rangeProblem(revision.text, { start, end, exact });
      if (problem) throw invalid({ [problem.field]: problem.message }, problem.message);
      range = { start, end };
    }
    const anchor = describeRange(revision.text, range.start, range.end);
    const [claim] = await sql<NewClaimRow>(insertClaimStatement(actor, { articleId, revisionId: revision.id, statement: statement ?? anchor.exact.trim(), ...anchorColumns(anchor) }));
    return newClaimDto(claim, { id: actor.id, name: actor.name });
  });
}

const returnedColumns = Prisma.raw(Object.keys(newClaimSelect).map((column) => `claim."${column}"`).join(", "));

/** The claim, its "created" history row and the desk's event with its notice, in one statement. */
function insertClaimStatement(
  actor: Actor,
  claim: { articleId: string; revisionId: string; statement: string } & ReturnType<typeof anchorColumns>,
): Prisma.Sql {
  // Ids are opaque; a random UUID from Node's own pool of entropy (Prisma's cuid is not public).
  const id = randomUUID();
  const created = { quote: claim.quote, start: claim.startOffset, end: claim.endOffset, revisionId: claim.revisionId };
  return Prisma.sql`
    WITH claim AS (
      INSERT INTO "Claim" ("id", "articleId", "revisionId", "quote", "prefix", "suffix", "startOffset", "endOffset", "occurrence", "statement", "createdById", "updatedAt")
      VALUES (${id}, ${claim.articleId}, ${claim.revisionId}, ${claim.quote}, ${claim.prefix}, ${claim.suffix}, ${claim.startOffset}, ${claim.endOffset}, ${claim.occurrence},
              ${claim.statement}, ${actor.id}, now())
      RETURNING *),
    history AS (
      INSERT INTO "ClaimEvent" ("id", "claimId", "actorId", "field", "newValue")
      VALUES (${randomUUID()}, ${id}, ${actor.id}, 'created', ${JSON.stringify(created)}::jsonb)),
    ${deskEventRow({ articleId: claim.articleId, claimId: id, kind: "claim.created", actor })}
    SELECT ${returnedColumns} FROM claim WHERE ${deskEventNotice} IS NOT NULL -- evaluated once: the notice is sent`;
}

/**
 * The article's latest revision, read after the article row is share-locked. Two statements on
 * purpose: under READ COMMITTED a statement's snapshot is taken before it waits for a lock, so
 * one statement that locks the article and reads its revisions would, behind an edit, return
 * the revision that edit just replaced. Read after the lock, an edit committing at the same
 * moment has either committed (and the claim lands on its text) or will see the new claim
 * (and re-anchor it).
 */
async function lockLatestRevision(sql: SqlRunner, articleId: string): Promise<{ id: string; text: string }> {
  const locked = await sql(articleShareLock(articleId));
  if (locked.length === 0) throw notFound("Article not found");
  const [revision] = await sql<{ id: string; text: string }>(Prisma.sql`
    SELECT "id", "text" FROM "ArticleRevision" WHERE "articleId" = ${articleId} ORDER BY "number" DESC LIMIT 1`);
  if (!revision) throw notFound("Article not found");
  return revision;
}
