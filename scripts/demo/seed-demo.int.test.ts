import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { demoAccounts, developmentDemoPassword, seedDemoData } from "./seed-demo";

describe("seedDemoData", () => {
  it("creates the demo accounts and articles once, then leaves the database alone", async () => {
    const logins = await seedDemoData({ randomPasswords: false });
    expect(logins.map((l) => l.role).sort()).toEqual(["ADMIN", "EDITOR", "REVIEWER", "REVIEWER"]);
    await expect(signInWithPassword({ email: demoAccounts[0].email, password: developmentDemoPassword, ip: "192.0.2.60" })).resolves.toBeTruthy();

    const revisions = await db.articleRevision.findMany({ select: { text: true } });
    expect(revisions).toHaveLength(3);
    const busArticle = revisions.find((r) => r.text.includes("RIVERSIDE —"))!.text;
    // What the anchoring work relies on: a sentence twice, curly quotes, dashes, NBSP.
    expect(busArticle.split("The plan would cut average commute times by 12 minutes.")).toHaveLength(3);
    expect(busArticle).toContain("“This is the single biggest investment");
    expect(busArticle).toContain("7–2");
    expect(busArticle).toContain("$48\u00a0million");

    const claims = await db.claim.findMany({ orderBy: { startOffset: "asc" }, select: { status: true, quote: true, startOffset: true } });
    expect(claims.map((c) => c.status)).toEqual(["VERIFIED", "DRAFT", "IN_REVIEW"]);
    // The demo's in-review claim sits on the second copy of the repeated sentence.
    expect(claims[2].startOffset).toBe(busArticle.lastIndexOf("The plan would cut average commute times by 12 minutes."));

    // Blind verdicts on the draft, both given and differing, ready to adjudicate.
    const blind = await db.blindReview.findFirstOrThrow({ select: { completedAt: true, claim: { select: { status: true } }, verdicts: { select: { verdictId: true, submittedAt: true } } } });
    expect(blind.claim.status).toBe("DRAFT");
    expect(blind.completedAt).not.toBeNull();
    expect(new Set(blind.verdicts.map((v) => v.verdictId)).size).toBe(2);

    expect(await seedDemoData({ randomPasswords: false })).toEqual([]);
    expect(await db.user.count()).toBe(4);
  });
});
