import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { makeArticle, repeatedSentence, selectionOf } from "@/tests/support/article-factory";
import { makeUser } from "@/tests/support/factories";
import { createClaim } from "./create-claim";
import { addSource } from "./sources";
import { updateClaim } from "./update-claim";

/** Anything JSON can carry, biased towards near-miss field names and values. */
const junk = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.record(
    {
      revisionId: fc.oneof(fc.string(), fc.integer()),
      start: fc.oneof(fc.integer(), fc.double(), fc.string()),
      end: fc.oneof(fc.integer(), fc.double(), fc.constant(null)),
      exact: fc.oneof(fc.string(), fc.constant("")),
      url: fc.oneof(fc.webUrl(), fc.string(), fc.constant("javascript:alert(1)")),
      title: fc.oneof(fc.string({ maxLength: 400 }), fc.constant("")),
      version: fc.oneof(fc.integer(), fc.constant("1")),
      changes: fc.anything({ maxDepth: 2 }),
      status: fc.constantFrom("VERIFIED", "DRAFT", "nope"),
    },
    { requiredKeys: [] },
  ),
);

async function snapshot(articleId: string, claimId: string) {
  const [claims, sources, events, claim] = await Promise.all([
    db.claim.count({ where: { articleId } }),
    db.source.count({ where: { claim: { articleId } } }),
    db.claimEvent.count({ where: { claim: { articleId } } }),
    db.claim.findUniqueOrThrow({ where: { id: claimId } }),
  ]);
  return { claims, sources, events, claim };
}

describe("random invalid payloads", () => {
  it("never leave a partial row behind", async () => {
    const reviewer = await makeUser("REVIEWER");
    const article = await makeArticle(reviewer);
    const claim = await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, repeatedSentence) } });

    await fc.assert(
      fc.asyncProperty(junk, fc.constantFrom("create", "update", "source"), async (input, operation) => {
        const before = await snapshot(article.id, claim.id);
        const run =
          operation === "create"
            ? createClaim({ actor: reviewer, articleId: article.id, input })
            : operation === "update"
              ? updateClaim({ actor: reviewer, claimId: claim.id, input })
              : addSource({ actor: reviewer, claimId: claim.id, input });
        const outcome = await run.then(() => "ok", (error: unknown) => error);
        if (outcome === "ok") return; // fast-check found a valid payload: nothing to check
        expect(outcome).toBeInstanceOf(AppError);
        expect(await snapshot(article.id, claim.id)).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });
});
