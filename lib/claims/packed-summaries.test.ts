import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchorStates, claimStatuses } from "@/lib/enums";
import type { ClaimSummary } from "./claim-summary";
import { packClaimSummaries, unpackClaimSummaries } from "./packed-summaries";

// Prisma's cuids and the random UUIDs of claims created since.
const id = fc.oneof(fc.stringMatching(/^c[a-z0-9]{3,24}$/), fc.uuid());
const summary: fc.Arbitrary<ClaimSummary> = fc.record({
  id,
  revisionId: fc.constantFrom("rev-1", "rev-2", "rev-3"),
  startOffset: fc.nat(100_000),
  endOffset: fc.nat(100_000),
  anchorState: fc.constantFrom(...anchorStates),
  status: fc.constantFrom(...claimStatuses),
  verdictId: fc.option(fc.constantFrom("v-true", "v-false", "v-mixed"), { nil: null }),
  assigneeId: fc.option(id, { nil: null }),
  statement: fc.string(),
  orphanQuote: fc.option(fc.string(), { nil: null }),
});

describe("packed claim summaries", () => {
  it("unpack to exactly the summaries packed, in order", () => {
    fc.assert(
      fc.property(fc.array(summary, { maxLength: 60 }), (claims) => {
        expect(unpackClaimSummaries(structuredClone(packClaimSummaries(claims)))).toEqual(claims);
      }),
    );
  });

  it("keep each distinct revision, verdict and assignee once", () => {
    const claims = Array.from({ length: 500 }, (_, i): ClaimSummary => ({
      id: `claim-${i}`,
      revisionId: "cmwsexdln002trs7d46jdv73k",
      startOffset: i * 10,
      endOffset: i * 10 + 5,
      anchorState: "ANCHORED",
      status: "DRAFT",
      verdictId: i % 2 ? "verdict_true" : null,
      assigneeId: null,
      statement: "Officials said that spending rose 82%",
      orphanQuote: null,
    }));
    const packed = packClaimSummaries(claims);
    expect(packed.revisionIds).toEqual(["cmwsexdln002trs7d46jdv73k"]);
    expect(packed.verdictIds).toEqual(["verdict_true"]);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(claims).length / 2);
  });
});
