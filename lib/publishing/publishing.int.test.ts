import { describe, expect, it } from "vitest";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { db } from "@/lib/db/client";
import { exportClaims } from "@/lib/export/export-claims";
import { createWebhook } from "@/lib/webhooks/manage-webhooks";
import { expectAppError } from "@/tests/support/app-error";
import { verifiedClaim } from "@/tests/support/claim-factory";
import { claimReviewProblems } from "@/tests/support/claim-review-requirements";
import { makeUser } from "@/tests/support/factories";
import { findPublicFactCheck, listLiveFactChecks } from "./public-fact-check";
import { publishArticleClaims, publishClaim, unpublishClaim } from "./publish-claims";
import { publicRateLimit } from "./public-response";
import { renderFactCheckPage } from "./render-public-pages";

const appUrl = "https://desk.example";

describe("public fact-check pages", () => {
  it("publishes a verified claim with ClaimReview that meets Google's requirements, and shows nothing unpublished", async () => {
    const { claim, editor, reviewer } = await verifiedClaim();
    const admin = await makeUser("ADMIN");
    await createWebhook({ actor: admin, input: { url: "https://hooks.example/published", events: ["claim.published"] } });
    const published = await publishClaim({ actor: editor, claimId: claim.id });
    expect(published.publication).toMatchObject({ path: expect.stringMatching(/^\/f\/the-plan-would-cut/), unpublished: false });
    const slug = published.publication!.slug;

    const lookup = await findPublicFactCheck(slug, appUrl);
    if (lookup.state !== "live") throw new Error(`expected a live page, got ${lookup.state}`);
    const review = lookup.factCheck.claimReview;
    expect(claimReviewProblems(review)).toEqual([]);
    expect(review).toMatchObject({ url: `${appUrl}/f/${slug}`, claimReviewed: claim.statement, reviewRating: { alternateName: "Mostly false", ratingValue: 2, bestRating: 5, worstRating: 1 } });

    const page = renderFactCheckPage(lookup.factCheck, "Harbour Fact Desk");
    expect(page).toContain("Mostly false");
    expect(page).toContain("The model says 4 to 7 minutes.");
    expect(page).toContain("<mark>" + claim.quote + "</mark>");
    expect(page).toContain('<script type="application/ld+json">');
    // The desk's people are not named on the public page.
    expect(page).not.toContain(editor.name);
    expect(page).not.toContain(reviewer.name);

    const [delivery] = await db.webhookDelivery.findMany({ where: { event: "claim.published" } });
    expect(delivery.payload).toMatchObject({ type: "claim.published", data: { claim: { id: claim.id }, path: `/f/${slug}` } });

    const { chunks } = await exportClaims({ actor: editor, params: new URLSearchParams({ format: "claimreview", articleId: claim.articleId }), appUrl });
    let json = "";
    for await (const chunk of chunks) json += chunk;
    expect(JSON.parse(json)[0].url).toBe(`${appUrl}/f/${slug}`);
  });

  it("refuses to publish an unverified claim, and lets only editors publish", async () => {
    const { claim, editor, reviewer } = await verifiedClaim();
    await changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: claim.version, status: "IN_REVIEW", reason: "A new figure" } });
    expect((await expectAppError(publishClaim({ actor: editor, claimId: claim.id }))).code).toBe("conflict");
    expect((await expectAppError(publishClaim({ actor: reviewer, claimId: claim.id }))).code).toBe("forbidden");
    expect(await db.publication.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("goes down while the claim is reviewed again, comes back when it is verified again, and answers withdrawn once unpublished", async () => {
    const { claim, editor } = await verifiedClaim();
    const slug = (await publishClaim({ actor: editor, claimId: claim.id })).publication!.slug;
    const firstSeal = ((await findPublicFactCheck(slug, appUrl)) as { factCheck: { sealHash: string } }).factCheck.sealHash;
    const reopened = await changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: claim.version, status: "IN_REVIEW", reason: "New figures" } });
    expect(await findPublicFactCheck(slug, appUrl)).toEqual({ state: "gone", reason: expect.stringMatching(/reviewed again/) });
    expect((await listLiveFactChecks()).map((f) => f.slug)).not.toContain(slug);

    const other = await makeUser("EDITOR");
    await changeClaimStatus({ actor: other, claimId: claim.id, input: { version: reopened.version, status: "VERIFIED" } });
    const back = await findPublicFactCheck(slug, appUrl);
    expect(back.state).toBe("live");
    expect((back as { factCheck: { sealHash: string } }).factCheck.sealHash).not.toBe(firstSeal);

    expect((await expectAppError(unpublishClaim({ actor: editor, claimId: claim.id, input: { reason: " " } }))).fields?.reason).toMatch(/Say why/);
    await unpublishClaim({ actor: editor, claimId: claim.id, input: { reason: "Superseded by a new check" } });
    expect(await findPublicFactCheck(slug, appUrl)).toEqual({ state: "gone", reason: expect.stringMatching(/withdrawn/) });
    expect(await findPublicFactCheck("no-such-page", appUrl)).toEqual({ state: "missing" });
    // Published again: the same address.
    expect((await publishClaim({ actor: editor, claimId: claim.id })).publication?.slug).toBe(slug);
    expect((await findPublicFactCheck(slug, appUrl)).state).toBe("live");
  });

  it("limits each address's requests to the public pages, with Retry-After", async () => {
    process.env.PUBLIC_RATE_LIMIT = "2";
    try {
      const from = (address: string) => new Request("http://desk.example/f/a", { headers: { "x-factcheck-peer": address } });
      expect(await publicRateLimit(from("203.0.113.9"))).toBeNull();
      expect(await publicRateLimit(from("203.0.113.9"))).toBeNull();
      const limited = await publicRateLimit(from("203.0.113.9"));
      expect(limited?.status).toBe(429);
      expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await publicRateLimit(from("203.0.113.10"))).toBeNull();
    } finally {
      delete process.env.PUBLIC_RATE_LIMIT;
    }
  });

  it("publishes every verified claim of an article at once, counting what was already public", async () => {
    const { claim, editor } = await verifiedClaim();
    expect(await publishArticleClaims({ actor: editor, articleId: claim.articleId })).toEqual({ published: 1, verified: 1 });
    expect(await publishArticleClaims({ actor: editor, articleId: claim.articleId })).toEqual({ published: 0, verified: 1 });
    expect((await listLiveFactChecks()).some((f) => f.statement === claim.statement)).toBe(true);
  });
});
