import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchorStates, claimStatuses } from "@/lib/enums";
import type { ClaimSummary } from "./claim-summary";
import { packClaimSummaries, unpackClaimSummaries } from "./packed-summaries";

// Prisma's cuids and the random UUIDs of claims created since.
const id = fc.oneof(fc.stringMatching(/^c[a-z0-9]{3,24}$/), fc.uuid());
const page = { revisionId: "rev-1", text: "The council voted 7–2 on Tuesday.\n\nRoutes would fall from 41 to 29 — “a record”, she said. " };

/** A claim somewhere in the page's text; its statement the quote as shown, the quote untrimmed, or words of its own. */
const summary: fc.Arbitrary<ClaimSummary> = fc
  .record({
    id,
    revisionId: fc.constantFrom("rev-1", "rev-2", "rev-3"),
    range: fc.tuple(fc.nat(page.text.length), fc.nat(page.text.length)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
    anchorState: fc.constantFrom(...anchorStates),
    status: fc.constantFrom(...claimStatuses),
    verdictId: fc.option(fc.constantFrom("v-true", "v-false", "v-mixed"), { nil: null }),
    assigneeId: fc.option(id, { nil: null }),
    statement: fc.oneof(fc.constant("as shown"), fc.constant("untrimmed"), fc.string()),
    orphanQuote: fc.option(fc.string(), { nil: null }),
  })
  .map(({ range: [startOffset, endOffset], statement, ...claim }) => ({
    ...claim,
    startOffset,
    endOffset,
    statement: statement === "as shown" ? page.text.slice(startOffset, endOffset).trim() : statement === "untrimmed" ? page.text.slice(startOffset, endOffset) : statement,
  }));

describe("packed claim summaries", () => {
  it("unpack to exactly the summaries packed, in order", () => {
    fc.assert(
      fc.property(fc.array(summary, { maxLength: 60 }), (claims) => {
        expect(unpackClaimSummaries(structuredClone(packClaimSummaries(claims, page)), page.text)).toEqual(claims);
      }),
      { numRuns: 500 },
    );
  });

  it("keep each distinct revision, verdict and assignee once, and leave out statements the text already shows", () => {
    const text = "Officials said that spending rose 82%. ".repeat(500);
    const claims = Array.from({ length: 500 }, (_, i): ClaimSummary => ({
      id: `claim-${i}`,
      revisionId: "cmwsexdln002trs7d46jdv73k",
      startOffset: i * 39,
      endOffset: i * 39 + 37,
      anchorState: "ANCHORED",
      status: "DRAFT",
      verdictId: i % 2 ? "verdict_true" : null,
      assigneeId: null,
      statement: i % 10 ? "Officials said that spending rose 82%" : "Spending rose by 82 per cent, officials said",
      orphanQuote: null,
    }));
    const packed = packClaimSummaries(claims, { revisionId: "cmwsexdln002trs7d46jdv73k", text });
    expect(packed.revisionIds).toEqual(["cmwsexdln002trs7d46jdv73k"]);
    expect(packed.verdictIds).toEqual(["verdict_true"]);
    expect(packed.statement.filter((s) => s !== 0)).toHaveLength(50);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(claims).length / 3);
    expect(unpackClaimSummaries(packed, text)).toEqual(claims);
  });
});
