import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { expectAppError } from "@/tests/support/app-error";
import { verifiedClaim } from "@/tests/support/claim-factory";
import { makeUser } from "@/tests/support/factories";
import { dashboardCsv } from "./dashboard-csv";
import { deskFigures } from "./desk-figures";
import { periodSchema } from "./schema";

const at = (iso: string) => new Date(iso);

/** Moves a verified claim and its seal to the times given (past the seal's trigger, as only a test may). */
async function timeTravel(claimId: string, createdAt: string, verifiedAt: string) {
  await db.claim.update({ where: { id: claimId }, data: { createdAt: at(createdAt), verifiedAt: at(verifiedAt) } });
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
    await tx.verification.updateMany({ where: { claimId }, data: { verifiedAt: at(verifiedAt) } });
  });
}

/** A blind request between two reviewers, answered and closed. */
async function blindPair(claimId: string, requestedById: string, [a, b]: [string, string], [va, vb]: [string, string], completedAt: string) {
  await db.blindReview.create({
    data: {
      claimId,
      requestedById,
      createdAt: at(completedAt),
      completedAt: at(completedAt),
      adjudicatedAt: at(completedAt),
      verdicts: { create: [{ reviewerId: a, verdictId: va, rationale: "R", submittedAt: at(completedAt) }, { reviewerId: b, verdictId: vb, rationale: "R", submittedAt: at(completedAt) }] },
    },
  });
}

describe("desk dashboard figures", () => {
  it("counts, ranks and times the desk's work in SQL, for the period asked", async () => {
    const first = await verifiedClaim();
    const second = await verifiedClaim();
    const outside = await verifiedClaim();
    await timeTravel(first.claim.id, "2026-03-02T08:00:00Z", "2026-03-02T18:00:00Z"); // 10 h
    await timeTravel(second.claim.id, "2026-03-02T09:00:00Z", "2026-03-03T15:00:00Z"); // 30 h
    await timeTravel(outside.claim.id, "2026-02-01T09:00:00Z", "2026-02-10T09:00:00Z");
    // A deleted article's claims are gone from every figure, as from every list.
    const gone = await verifiedClaim();
    await timeTravel(gone.claim.id, "2026-03-02T08:00:00Z", "2026-03-02T10:00:00Z");
    await db.article.update({ where: { id: gone.article.id }, data: { deletedAt: new Date(), deletionReason: "Duplicate" } });
    await db.claim.update({ where: { id: second.claim.id }, data: { anchorState: "NEEDS_REVIEW" } });
    const unassigned = await db.claim.create({ data: { ...(await db.claim.findUniqueOrThrow({ where: { id: first.claim.id }, select: { articleId: true, revisionId: true, quote: true, prefix: true, suffix: true, startOffset: true, endOffset: true, occurrence: true } })), statement: "Open", createdById: first.reviewer.id, createdAt: at("2026-03-04T12:00:00Z") } });

    const [ana, ben] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    await db.user.update({ where: { id: ben.id }, data: { name: "=HYPERLINK(\"http://evil\")" } });
    const pairs: [string, string][] = [["verdict_true", "verdict_true"], ["verdict_false", "verdict_false"], ["verdict_true", "verdict_false"], ["verdict_false", "verdict_false"]];
    for (const [i, verdicts] of pairs.entries()) await blindPair(unassigned.id, first.editor.id, [ana.id, ben.id], verdicts, `2026-03-0${3 + i}T10:00:00Z`);

    const editor = await makeUser("EDITOR");
    const figures = await deskFigures({ actor: editor, period: periodSchema.parse({ from: "2026-03-01", to: "2026-03-07" }) });

    expect(figures.perDay).toHaveLength(7);
    expect(figures.perDay.slice(0, 4)).toEqual([
      { day: "2026-03-01", created: 0, verified: 0 },
      { day: "2026-03-02", created: 2, verified: 1 },
      { day: "2026-03-03", created: 0, verified: 1 },
      { day: "2026-03-04", created: 1, verified: 0 },
    ]);
    expect(figures.byStatus).toEqual([
      { status: "DRAFT", count: 1 },
      { status: "VERIFIED", count: 3 },
    ]);
    expect(figures.byAssignee).toEqual([
      { assignee: "Unassigned", status: "DRAFT", count: 1 },
    ]);
    expect(figures.verdicts).toEqual([{ verdict: "Mostly false", tone: "FALSE", count: 2 }]);
    // percentile_cont over 10 h and 30 h: median 20 h, 90th percentile 28 h.
    expect(figures.timeToVerify).toMatchObject({ claims: 2, median: 20, p90: 28 });
    expect(figures.timeToVerify.weeks.map((w) => w.week)).toEqual(["2026-03-02"]);
    expect(figures.reReview).toMatchObject({ total: 1, claims: [{ id: second.claim.id, reason: "Highlight changed by an edit" }] });
    // Three of four the same: pₒ = 0.75, pₑ = 0.5, so κ = 0.5.
    expect(figures.agreement).toMatchObject({ units: 4, ratings: 8, pairs: [{ units: 4, kappa: 0.5 }] });
    expect(figures.agreement.alphaNominal).toBeCloseTo(0.5333, 3);

    const { csv, filename } = await dashboardCsv({ actor: editor, chart: "reviewer-pairs", query: { from: "2026-03-01", to: "2026-03-07" } });
    expect(filename).toBe("reviewer-pairs-2026-03-01-to-2026-03-07.csv");
    expect(csv).toContain("Reviewer,Reviewer,Claims both judged,Cohen's kappa");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const perDay = (await dashboardCsv({ actor: editor, chart: "created-verified", query: { from: "2026-03-01", to: "2026-03-07" } })).csv.trim().split("\n");
    expect(perDay).toHaveLength(8);
    expect(perDay[2]).toBe("2026-03-02,2,1");
  });

  it("is for editors and admins, over a sensible period", async () => {
    const reviewer = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    expect((await expectAppError(dashboardCsv({ actor: reviewer, chart: "verdicts", query: {} }))).code).toBe("forbidden");
    expect((await expectAppError(dashboardCsv({ actor: editor, chart: "nope", query: {} }))).code).toBe("not_found");
    expect((await expectAppError(dashboardCsv({ actor: editor, chart: "verdicts", query: { from: "2026-03-08", to: "2026-03-01" } }))).fields).toEqual({ from: "The start must not be after the end" });
    expect((await expectAppError(dashboardCsv({ actor: editor, chart: "verdicts", query: { from: "2024-01-01", to: "2026-03-01" } }))).fields).toEqual({ from: "Choose at most 366 days" });
    expect((await expectAppError(dashboardCsv({ actor: editor, chart: "verdicts", query: { from: "yesterday" } }))).fields).toEqual({ from: "Enter a date as YYYY-MM-DD" });
    expect(periodSchema.parse({ to: "2026-03-31" })).toEqual({ from: "2026-03-02", to: "2026-03-31" });
  });
});
