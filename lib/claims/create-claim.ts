import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { describeRange, rangeProblem } from "@/lib/anchoring/selectors";
import { db } from "@/lib/db/client";
import { AppError, invalid, notFound } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { anchorColumns } from "./anchor-columns";
import { claimSelect, toClaimDto } from "./dto";
import { createClaimSchema } from "./schema";

/** A new draft claim on the latest revision, anchored exactly where the reviewer selected. */
export async function createClaim({ actor, articleId, input }: { actor: Actor; articleId: string; input: unknown }) {
  assertCan(actor, "claim.create");
  const { revisionId, start, end, exact, statement } = parseWith(createClaimSchema, input);
  return db.$transaction(async (tx) => {
    const revision = await tx.articleRevision.findFirst({
      where: { articleId },
      orderBy: { number: "desc" },
      select: { id: true, text: true },
    });
    if (!revision) throw notFound("Article not found");
    if (revision.id !== revisionId) {
      throw new AppError("conflict", "The article was edited since you selected the text. Reload it and select again.");
    }
    const problem = rangeProblem(revision.text, { start, end, exact });
    if (problem) throw invalid({ [problem.field]: problem.message }, problem.message);

    const anchor = describeRange(revision.text, start, end);
    const claim = await tx.claim.create({
      data: {
        articleId,
        revisionId,
        ...anchorColumns(anchor),
        statement: statement ?? anchor.exact.trim(),
        createdById: actor.id,
      },
      select: claimSelect,
    });
    await tx.claimEvent.create({
      data: { claimId: claim.id, actorId: actor.id, field: "created", newValue: { quote: anchor.exact, start, end } },
    });
    return toClaimDto(claim);
  });
}
