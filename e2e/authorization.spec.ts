/**
 * The authorization matrix: every route handler and every page, called as each kind of
 * person, with the status each must get. Routes and pages are read from the app folder, so a
 * new one without an entry here fails this test. Where a call is denied, the rows it aimed at
 * must be unchanged.
 */
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { operations } from "../lib/api-docs/openapi-document";
import { createApiToken } from "../lib/api-tokens/manage-api-tokens";
import { scopeForPermission, type TokenScope } from "../lib/auth/permissions";
import { db } from "../lib/db/client";
import { sealVerification } from "../lib/verifications/seal-verification";
import { pageKeys, routeKeys } from "../tests/support/app-routes";
import { apiAs } from "./support/api-login";
import { seedArticle, seedClaim, seedUser, type SeededUser } from "./support/seed";

type Person = "anonymous" | "reviewer" | "editor" | "admin" | "disabled";
const people: Person[] = ["anonymous", "reviewer", "editor", "admin", "disabled"];
/**
 * The admin again, through API tokens instead of a session: one with only `read`, one with
 * every scope but `admin`. A token gets what its owner gets where the route's documented scope
 * is among its scopes, and 403 everywhere else (token management included); pages and the
 * sign-in routes treat it as nobody.
 */
const tokens = { readToken: ["read"], writeToken: ["read", "write", "export"] } satisfies Record<string, TokenScope[]>;
type Who = Person | keyof typeof tokens;
const everyone: Who[] = [...people, "readToken", "writeToken"];

type Context = {
  people: Record<Exclude<Person, "anonymous">, SeededUser> & { owner: SeededUser };
  articleId: string;
  slug: string;
  webhookId: string;
  snapshotId: string;
  published: { slug: string };
};

async function freshDraft(ctx: Context) {
  return seedClaim(ctx.articleId, "Construction costs rose 38%", ctx.people.owner.id, {
    sources: { create: { url: "https://example.org/a", title: "A", createdById: ctx.people.owner.id } },
  });
}

/** A paused endpoint (so no event of the matrix is queued for it), made straight in the database. */
const seedWebhook = (ctx: Context) =>
  db.webhookEndpoint.create({ data: { url: "https://hooks.example/matrix", events: ["claim.verified"], secret: "whsec_matrix", active: false, createdById: ctx.people.admin.id } });

/** A claim marked Verified straight in the database, on an article of its own (so "publish all" touches only it). */
async function verifiedClaim(ctx: Context) {
  const article = await seedArticle(ctx.people.owner.id);
  return seedClaim(article.id, "Construction costs rose 38%", ctx.people.owner.id, { status: "VERIFIED", verdictId: "verdict_true", rationale: "Budget tables." });
}

/** A verified claim with its seal, on a public page. */
async function seedPublishedClaim(ctx: Context) {
  const claim = await verifiedClaim(ctx);
  const verificationId = await db.$transaction((tx) => sealVerification(tx, { claimId: claim.id, verifier: ctx.people.editor, verifiedAt: new Date() }));
  await db.claim.update({ where: { id: claim.id }, data: { verificationId, verifiedById: ctx.people.editor.id, verifiedAt: new Date() } });
  return db.publication.create({ data: { claimId: claim.id, slug: `matrix-public-${claim.id}`, publishedAt: new Date(), publishedById: ctx.people.editor.id }, select: { slug: true } });
}

/** An archived copy, as the evidence locker would store it. */
const seedSnapshot = () =>
  db.snapshot.create({
    data: { requestedUrl: "https://example.org/a", finalUrl: "https://example.org/a", status: 200, contentType: "text/html", sha256: "0".repeat(64), byteSize: 5, body: new Uint8Array(Buffer.from("<p>A</p>")), text: "A" },
  });

/** A request for blind verdicts on a fresh draft, naming everyone who signs in here; `complete`: every answer in. */
async function seedBlindReview(ctx: Context, { complete }: { complete: boolean }) {
  const claim = await freshDraft(ctx);
  const reviewers = [ctx.people.reviewer, ctx.people.editor, ctx.people.admin];
  const answer = complete ? { verdictId: "verdict_false", rationale: "Minutes.", submittedAt: new Date() } : {};
  const review = await db.blindReview.create({
    data: { claimId: claim.id, requestedById: ctx.people.owner.id, completedAt: complete ? new Date() : null, verdicts: { create: reviewers.map((r) => ({ reviewerId: r.id, ...answer })) } },
    select: { id: true, verdicts: { select: { id: true } } },
  });
  const state = () => db.blindReview.findUnique({ where: { id: review.id }, select: { adjudicatedAt: true, cancelledAt: true, verdicts: { orderBy: { id: "asc" }, select: { submittedAt: true } } } });
  return { claim, review, state };
}

/** What a denied call must leave untouched, per target. */
const claimState = (id: string) =>
  db.claim.findUnique({ where: { id }, select: { version: true, status: true, statement: true, verifiedById: true, _count: { select: { sources: true, comments: true } } } });

type Call = { method: string; path: string; data?: unknown; multipart?: Record<string, string>; state?: () => Promise<unknown> };
/** `unchanged`: a call that must change nothing whatever its status (a forged sign-out). */
/** `stream`: the answer never ends (Server-Sent Events): only its status is read. */
type Entry = { expect: Record<Person, number>; call: (ctx: Context) => Promise<Call>; unchanged?: boolean; stream?: boolean };

const allowed = (status: number, denied: Partial<Record<Person, number>> = {}): Record<Person, number> => ({
  anonymous: 401,
  disabled: 401,
  reviewer: status,
  editor: status,
  admin: status,
  ...denied,
});

const routes: Record<string, Entry> = {
  "GET /api/health": { expect: { anonymous: 200, disabled: 200, reviewer: 200, editor: 200, admin: 200 }, call: async () => ({ method: "GET", path: "/api/health" }) },
  "GET /api/auth/[...nextauth]": { expect: { anonymous: 200, disabled: 200, reviewer: 200, editor: 200, admin: 200 }, call: async () => ({ method: "GET", path: "/api/auth/providers" }) },
  "POST /api/auth/[...nextauth]": {
    // Signing out is next-auth's own endpoint; without its CSRF token it changes nothing.
    expect: { anonymous: 302, disabled: 302, reviewer: 302, editor: 302, admin: 302 },
    unchanged: true,
    call: async (ctx) => ({
      method: "POST",
      path: "/api/auth/signout",
      multipart: { csrfToken: "forged" },
      state: () => db.authSession.count({ where: { userId: { in: Object.values(ctx.people).map((p) => p.id) }, revokedAt: null } }),
    }),
  },
  // Outside the API: the outage page and the public fact-check pages answer everyone alike.
  "GET /unavailable": { expect: { anonymous: 503, disabled: 503, reviewer: 503, editor: 503, admin: 503 }, call: async () => ({ method: "GET", path: "/unavailable?from=/" }) },
  "GET /f/[slug]": { expect: { anonymous: 200, disabled: 200, reviewer: 200, editor: 200, admin: 200 }, call: async (ctx) => ({ method: "GET", path: `/f/${ctx.published.slug}` }) },
  "GET /f/[slug]/archive/[snapshotId]": {
    // The claim's seal cites no archived copy: no page for it, for anyone.
    expect: { anonymous: 404, disabled: 404, reviewer: 404, editor: 404, admin: 404 },
    call: async (ctx) => ({ method: "GET", path: `/f/${ctx.published.slug}/archive/${ctx.snapshotId}` }),
  },
  "GET /f/feed.xml": { expect: { anonymous: 200, disabled: 200, reviewer: 200, editor: 200, admin: 200 }, call: async () => ({ method: "GET", path: "/f/feed.xml" }) },
  "GET /api/openapi.json": { expect: { anonymous: 200, disabled: 200, reviewer: 200, editor: 200, admin: 200 }, call: async () => ({ method: "GET", path: "/api/openapi.json" }) },
  "GET /api/docs": { expect: { anonymous: 200, disabled: 200, reviewer: 200, editor: 200, admin: 200 }, call: async () => ({ method: "GET", path: "/api/docs" }) },
  "GET /api/docs/[asset]": { expect: { anonymous: 200, disabled: 200, reviewer: 200, editor: 200, admin: 200 }, call: async () => ({ method: "GET", path: "/api/docs/swagger-ui.css" }) },
  "GET /api/tokens": { expect: allowed(200), call: async () => ({ method: "GET", path: "/api/tokens" }) },
  "POST /api/tokens": {
    expect: allowed(201),
    call: async () => {
      const name = `Matrix token ${crypto.randomUUID()}`;
      return { method: "POST", path: "/api/tokens", data: { name, scopes: ["read"] }, state: () => db.apiToken.count({ where: { name } }) };
    },
  },
  "DELETE /api/tokens/[id]": {
    // The token is the owner's: other people get 404, admins may revoke anyone's.
    expect: allowed(200, { reviewer: 404, editor: 404 }),
    call: async (ctx) => {
      const { token } = await createApiToken({ actor: ctx.people.owner, input: { name: "Owner's script", scopes: ["read"] } });
      return { method: "DELETE", path: `/api/tokens/${token.id}`, state: () => db.apiToken.findUnique({ where: { id: token.id }, select: { revokedAt: true } }) };
    },
  },
  "GET /api/admin/tokens": { expect: allowed(200, { reviewer: 403, editor: 403 }), call: async () => ({ method: "GET", path: "/api/admin/tokens" }) },
  "GET /api/admin/webhooks": { expect: allowed(200, { reviewer: 403, editor: 403 }), call: async () => ({ method: "GET", path: "/api/admin/webhooks" }) },
  "POST /api/admin/webhooks": {
    expect: allowed(201, { reviewer: 403, editor: 403 }),
    call: async () => {
      const url = `https://hooks.example/${crypto.randomUUID()}`;
      return { method: "POST", path: "/api/admin/webhooks", data: { url, events: ["claim.reopened"] }, state: () => db.webhookEndpoint.count({ where: { url } }) };
    },
  },
  "PATCH /api/admin/webhooks/[id]": {
    expect: allowed(200, { reviewer: 403, editor: 403 }),
    call: async (ctx) => {
      const endpoint = await seedWebhook(ctx);
      return { method: "PATCH", path: `/api/admin/webhooks/${endpoint.id}`, data: { active: true }, state: () => db.webhookEndpoint.findUnique({ where: { id: endpoint.id }, select: { active: true } }) };
    },
  },
  "GET /api/admin/webhooks/[id]/deliveries": {
    expect: allowed(200, { reviewer: 403, editor: 403 }),
    call: async (ctx) => ({ method: "GET", path: `/api/admin/webhooks/${(await seedWebhook(ctx)).id}/deliveries` }),
  },
  "POST /api/admin/webhooks/[id]/deliveries/[deliveryId]/redeliver": {
    expect: allowed(200, { reviewer: 403, editor: 403 }),
    call: async (ctx) => {
      const endpoint = await seedWebhook(ctx);
      const delivery = await db.webhookDelivery.create({
        data: { endpointId: endpoint.id, eventId: "evt_matrix", event: "article.imported", payload: {}, status: "FAILED", retryUntil: new Date() },
      });
      return {
        method: "POST",
        path: `/api/admin/webhooks/${endpoint.id}/deliveries/${delivery.id}/redeliver`,
        state: () => db.webhookDelivery.findUnique({ where: { id: delivery.id }, select: { status: true, retryUntil: true } }),
      };
    },
  },
  "POST /api/articles/from-url": {
    // Nothing listens there: everyone allowed gets the fetcher's 422, and nothing is stored.
    expect: allowed(422),
    call: async () => ({ method: "POST", path: "/api/articles/from-url", data: { url: "http://127.0.0.1:9/article" }, state: () => db.snapshot.count() }),
  },
  "GET /api/claims/[id]/sources/[sourceId]/archive": {
    expect: allowed(200),
    call: async (ctx) => {
      const claim = await freshDraft(ctx);
      return { method: "GET", path: `/api/claims/${claim.id}/sources/${claim.sources[0].id}/archive` };
    },
  },
  "POST /api/claims/[id]/sources/[sourceId]/archive": {
    expect: allowed(202),
    call: async (ctx) => {
      const claim = await freshDraft(ctx);
      const sourceId = claim.sources[0].id;
      return { method: "POST", path: `/api/claims/${claim.id}/sources/${sourceId}/archive`, state: () => db.source.findUnique({ where: { id: sourceId }, select: { archiveStatus: true } }) };
    },
  },
  "POST /api/claims/[id]/publication": {
    expect: allowed(200, { reviewer: 403 }),
    call: async (ctx) => {
      const claim = await verifiedClaim(ctx);
      return { method: "POST", path: `/api/claims/${claim.id}/publication`, state: () => db.publication.count({ where: { claimId: claim.id, unpublishedAt: null } }) };
    },
  },
  "DELETE /api/claims/[id]/publication": {
    expect: allowed(200, { reviewer: 403 }),
    call: async (ctx) => {
      const claim = await verifiedClaim(ctx);
      await db.publication.create({ data: { claimId: claim.id, slug: `matrix-${claim.id}`, publishedAt: new Date(), publishedById: ctx.people.admin.id } });
      return { method: "DELETE", path: `/api/claims/${claim.id}/publication`, data: { reason: "Matrix" }, state: () => db.publication.count({ where: { claimId: claim.id, unpublishedAt: null } }) };
    },
  },
  "POST /api/articles/[id]/publish": {
    expect: allowed(200, { reviewer: 403 }),
    call: async (ctx) => {
      const claim = await verifiedClaim(ctx);
      return { method: "POST", path: `/api/articles/${claim.articleId}/publish`, state: () => db.publication.count({ where: { claimId: claim.id, unpublishedAt: null } }) };
    },
  },
  "GET /api/snapshots/[id]": { expect: allowed(200), call: async (ctx) => ({ method: "GET", path: `/api/snapshots/${ctx.snapshotId}` }) },
  "GET /api/articles/[id]/events": { expect: allowed(200), stream: true, call: async (ctx) => ({ method: "GET", path: `/api/articles/${ctx.articleId}/events` }) },
  "GET /api/articles/[id]": { expect: allowed(200), call: async (ctx) => ({ method: "GET", path: `/api/articles/${ctx.articleId}` }) },
  "GET /api/articles": { expect: allowed(200), call: async () => ({ method: "GET", path: "/api/articles?search=Depot" }) },
  "GET /api/admin/users": { expect: allowed(200, { reviewer: 403, editor: 403 }), call: async () => ({ method: "GET", path: "/api/admin/users" }) },
  "POST /api/admin/users": {
    expect: allowed(201, { reviewer: 403, editor: 403 }),
    call: async () => {
      const email = `matrix-${crypto.randomUUID()}@e2e.test`;
      return { method: "POST", path: "/api/admin/users", data: { name: "Matrix", email, role: "ADMIN", password: "a long enough password" }, state: () => db.user.count({ where: { email } }) };
    },
  },
  "PATCH /api/admin/users/[id]": {
    expect: allowed(200, { reviewer: 403, editor: 403 }),
    call: async () => {
      const target = await seedUser("REVIEWER");
      return { method: "PATCH", path: `/api/admin/users/${target.id}`, data: { role: "ADMIN" }, state: () => db.user.findUnique({ where: { id: target.id }, select: { role: true, disabledAt: true } }) };
    },
  },
  "POST /api/articles": {
    expect: allowed(201),
    call: async () => {
      const title = `Matrix import ${crypto.randomUUID()}`;
      return { method: "POST", path: "/api/articles", multipart: { title, format: "text", text: "Imported — 12%." }, state: () => db.article.count({ where: { title } }) };
    },
  },
  "PUT /api/articles/[id]/text": {
    expect: allowed(200, { reviewer: 403 }),
    call: async (ctx) => {
      const latest = await db.articleRevision.findFirstOrThrow({ where: { articleId: ctx.articleId }, orderBy: { number: "desc" } });
      return {
        method: "PUT",
        path: `/api/articles/${ctx.articleId}/text`,
        data: { baseRevisionId: latest.id, html: `<p>${latest.text.split("\n\n").join("</p><p>")} Edit ${crypto.randomUUID()}.</p>` },
        state: () => db.articleRevision.count({ where: { articleId: ctx.articleId } }),
      };
    },
  },
  "PATCH /api/articles/[id]": {
    expect: allowed(200, { reviewer: 403 }),
    call: async (ctx) => ({
      method: "PATCH",
      path: `/api/articles/${ctx.articleId}`,
      data: { outlet: `Outlet ${crypto.randomUUID()}` },
      state: () => db.article.findUnique({ where: { id: ctx.articleId }, select: { outlet: true } }),
    }),
  },
  "DELETE /api/articles/[id]": {
    expect: allowed(200, { reviewer: 403, editor: 403 }),
    call: async (ctx) => {
      const article = await seedArticle(ctx.people.owner.id);
      return { method: "DELETE", path: `/api/articles/${article.id}`, data: { reason: "Duplicate import" }, state: () => db.article.findUnique({ where: { id: article.id }, select: { deletedAt: true } }) };
    },
  },
  "POST /api/articles/[id]/restore": {
    expect: allowed(200, { reviewer: 403, editor: 403 }),
    call: async (ctx) => {
      const article = await seedArticle(ctx.people.owner.id);
      await db.article.update({ where: { id: article.id }, data: { deletedAt: new Date() } });
      return { method: "POST", path: `/api/articles/${article.id}/restore`, data: {}, state: () => db.article.findUnique({ where: { id: article.id }, select: { deletedAt: true } }) };
    },
  },
  "GET /api/articles/[id]/claims": { expect: allowed(200), call: async (ctx) => ({ method: "GET", path: `/api/articles/${ctx.articleId}/claims` }) },
  "POST /api/articles/[id]/claims": {
    expect: allowed(201),
    call: async (ctx) => {
      const latest = await db.articleRevision.findFirstOrThrow({ where: { articleId: ctx.articleId }, orderBy: { number: "desc" } });
      const exact = "officials said on Monday";
      const start = latest.text.indexOf(exact);
      return {
        method: "POST",
        path: `/api/articles/${ctx.articleId}/claims`,
        data: { revisionId: latest.id, start, end: start + exact.length, exact },
        state: () => db.claim.count({ where: { articleId: ctx.articleId } }),
      };
    },
  },
  "GET /api/claims/[id]": { expect: allowed(200), call: async (ctx) => ({ method: "GET", path: `/api/claims/${(await freshDraft(ctx)).id}` }) },
  "PATCH /api/claims/[id]": {
    // The reviewer here is not the claim's author: another reviewer's draft is off limits.
    expect: allowed(200, { reviewer: 403 }),
    call: async (ctx) => {
      const claim = await freshDraft(ctx);
      return { method: "PATCH", path: `/api/claims/${claim.id}`, data: { version: claim.version, changes: { statement: "Changed" } }, state: () => claimState(claim.id) };
    },
  },
  "POST /api/claims/[id]/status": {
    expect: allowed(200, { reviewer: 403 }),
    call: async (ctx) => {
      const claim = await freshDraft(ctx);
      return { method: "POST", path: `/api/claims/${claim.id}/status`, data: { version: claim.version, status: "IN_REVIEW" }, state: () => claimState(claim.id) };
    },
  },
  "POST /api/claims/[id]/sources": {
    expect: allowed(201, { reviewer: 403 }),
    call: async (ctx) => {
      const claim = await freshDraft(ctx);
      return { method: "POST", path: `/api/claims/${claim.id}/sources`, data: { url: "https://example.org/b", title: "B" }, state: () => claimState(claim.id) };
    },
  },
  "DELETE /api/claims/[id]/sources/[sourceId]": {
    expect: allowed(200, { reviewer: 403 }),
    call: async (ctx) => {
      const claim = await freshDraft(ctx);
      return { method: "DELETE", path: `/api/claims/${claim.id}/sources/${claim.sources[0].id}`, data: { reason: "Wrong document" }, state: () => claimState(claim.id) };
    },
  },
  "DELETE /api/claims/[id]": {
    // The reviewer here is not the claim's author: only authors withdraw their own drafts.
    expect: allowed(200, { reviewer: 403 }),
    call: async (ctx) => {
      const claim = await freshDraft(ctx);
      return { method: "DELETE", path: `/api/claims/${claim.id}`, data: { reason: "Duplicate" }, state: () => db.claim.findUnique({ where: { id: claim.id }, select: { deletedAt: true, version: true } }) };
    },
  },
  "POST /api/claims/[id]/restore": {
    expect: allowed(200, { reviewer: 403, editor: 403 }),
    call: async (ctx) => {
      const claim = await freshDraft(ctx);
      await db.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date(), deletionReason: "Duplicate" } });
      return { method: "POST", path: `/api/claims/${claim.id}/restore`, data: {}, state: () => db.claim.findUnique({ where: { id: claim.id }, select: { deletedAt: true, version: true } }) };
    },
  },
  "POST /api/claims/[id]/comments": {
    expect: allowed(201),
    call: async (ctx) => {
      const claim = await freshDraft(ctx);
      return { method: "POST", path: `/api/claims/${claim.id}/comments`, data: { body: "A comment" }, state: () => claimState(claim.id) };
    },
  },
  // Each person's own notifications: nothing of anyone else's to reach.
  "GET /api/notifications": { expect: allowed(200), call: async () => ({ method: "GET", path: "/api/notifications" }) },
  "POST /api/notifications/read": { expect: allowed(200), call: async () => ({ method: "POST", path: "/api/notifications/read", data: {} }) },
  "GET /api/notifications/events": { expect: allowed(200), stream: true, call: async () => ({ method: "GET", path: "/api/notifications/events" }) },
  // Everyone's own tab; tokens are never "here" (session only).
  "PUT /api/articles/[id]/presence": { expect: allowed(200), call: async (ctx) => ({ method: "PUT", path: `/api/articles/${ctx.articleId}/presence`, data: { tabId: "matrix-tab-1", claimId: null, editing: false } }) },
  "DELETE /api/articles/[id]/presence": { expect: allowed(200), call: async (ctx) => ({ method: "DELETE", path: `/api/articles/${ctx.articleId}/presence`, data: { tabId: "matrix-tab-1" } }) },
  "GET /api/articles/[id]/highlights": {
    expect: allowed(200),
    call: async (ctx) => {
      const latest = await db.articleRevision.findFirstOrThrow({ where: { articleId: ctx.articleId }, orderBy: { number: "desc" } });
      return { method: "GET", path: `/api/articles/${ctx.articleId}/highlights?revisionId=${latest.id}` };
    },
  },
  "GET /api/articles/[id]/hints": { expect: allowed(200), call: async (ctx) => ({ method: "GET", path: `/api/articles/${ctx.articleId}/hints` }) },
  "GET /api/claims": { expect: allowed(200), call: async () => ({ method: "GET", path: "/api/claims?q=construction%20costs" }) },
  "GET /api/claims/similar": { expect: allowed(200), call: async () => ({ method: "GET", path: `/api/claims/similar?text=${encodeURIComponent("Construction costs rose by 38%")}` }) },
  "GET /api/claims/[id]/matches": { expect: allowed(200), call: async (ctx) => ({ method: "GET", path: `/api/claims/${(await freshDraft(ctx)).id}/matches` }) },
  "POST /api/claims/[id]/links": {
    // Linking changes no verdict or evidence: anyone who may create claims may link any two.
    expect: allowed(200),
    call: async (ctx) => {
      const [claim, other] = [await freshDraft(ctx), await freshDraft(ctx)];
      return { method: "POST", path: `/api/claims/${claim.id}/links`, data: { claimId: other.id }, state: () => db.claim.findUnique({ where: { id: claim.id }, select: { sameClaimGroupId: true } }) };
    },
  },
  "POST /api/claims/[id]/reuse": {
    expect: allowed(200, { reviewer: 403 }),
    call: async (ctx) => {
      const [claim, from] = [await freshDraft(ctx), await verifiedClaim(ctx)];
      return { method: "POST", path: `/api/claims/${claim.id}/reuse`, data: { fromClaimId: from.id, version: claim.version }, state: () => claimState(claim.id) };
    },
  },
  "GET /api/claims/[id]/blind-reviews": { expect: allowed(200), call: async (ctx) => ({ method: "GET", path: `/api/claims/${(await seedBlindReview(ctx, { complete: false })).claim.id}/blind-reviews` }) },
  "POST /api/claims/[id]/blind-reviews": {
    expect: allowed(201, { reviewer: 403 }),
    call: async (ctx) => {
      const claim = await freshDraft(ctx);
      return { method: "POST", path: `/api/claims/${claim.id}/blind-reviews`, data: { reviewerIds: [ctx.people.reviewer.id, ctx.people.editor.id] }, state: () => db.blindReview.count({ where: { claimId: claim.id } }) };
    },
  },
  "POST /api/articles/[id]/blind-reviews": {
    expect: allowed(201, { reviewer: 403 }),
    call: async (ctx) => {
      const article = await seedArticle(ctx.people.owner.id);
      await seedClaim(article.id, "Construction costs rose 38%", ctx.people.owner.id);
      return { method: "POST", path: `/api/articles/${article.id}/blind-reviews`, data: { reviewerIds: [ctx.people.reviewer.id, ctx.people.editor.id] }, state: () => db.blindReview.count({ where: { claim: { articleId: article.id } } }) };
    },
  },
  // Each person's own list of verdicts owed.
  "GET /api/blind-reviews": { expect: allowed(200), call: async () => ({ method: "GET", path: "/api/blind-reviews" }) },
  "POST /api/blind-reviews/[id]/verdict": {
    // Whoever was asked answers, whatever their role; the disabled and the anonymous cannot.
    expect: allowed(200),
    call: async (ctx) => {
      const { review, state } = await seedBlindReview(ctx, { complete: false });
      return { method: "POST", path: `/api/blind-reviews/${review.id}/verdict`, data: { verdictId: "verdict_false", rationale: "Minutes." }, state };
    },
  },
  "POST /api/blind-reviews/[id]/adjudicate": {
    expect: allowed(200, { reviewer: 403 }),
    call: async (ctx) => {
      const { claim, review, state } = await seedBlindReview(ctx, { complete: true });
      return { method: "POST", path: `/api/blind-reviews/${review.id}/adjudicate`, data: { version: claim.version, fromVerdictId: review.verdicts[0].id }, state };
    },
  },
  "POST /api/blind-reviews/[id]/cancel": {
    expect: allowed(200, { reviewer: 403 }),
    call: async (ctx) => {
      const { review, state } = await seedBlindReview(ctx, { complete: false });
      return { method: "POST", path: `/api/blind-reviews/${review.id}/cancel`, data: { reason: "Asked the wrong people" }, state };
    },
  },
  "GET /api/dashboard/[chart]": { expect: allowed(200, { reviewer: 403 }), call: async () => ({ method: "GET", path: "/api/dashboard/verdicts" }) },
  // Everyone sets their own preference; nothing of anyone else's to protect.
  "PUT /api/account/preferences": { expect: allowed(200), call: async () => ({ method: "PUT", path: "/api/account/preferences", data: { showHints: false } }) },
  "GET /api/verdicts": { expect: allowed(200), call: async () => ({ method: "GET", path: "/api/verdicts" }) },
  "PUT /api/verdicts": {
    expect: allowed(200, { reviewer: 403, editor: 403 }),
    call: async (ctx) => {
      // The same scale sent back: an allowed call changes no verdict but records who saved it.
      const verdicts = await db.verdict.findMany({ orderBy: { position: "asc" }, select: { id: true, label: true } });
      const state = async () => ({
        scale: await db.verdict.findMany({ orderBy: { id: "asc" }, select: { id: true, label: true, position: true, rating: true, tone: true } }),
        savedBy: await db.auditEvent.count({ where: { action: "verdict.scale", actorId: { in: Object.values(ctx.people).map((p) => p.id) } } }),
      });
      return { method: "PUT", path: "/api/verdicts", data: { verdicts }, state };
    },
  },
  "GET /api/export/claims": { expect: allowed(200, { reviewer: 403 }), call: async (ctx) => ({ method: "GET", path: `/api/export/claims?articleId=${ctx.articleId}` }) },
  "POST /api/mentions/read": {
    expect: allowed(200),
    call: async (ctx) => {
      // A comment that mentions everyone: whoever may mark theirs read, reads exactly theirs.
      const claim = await freshDraft(ctx);
      const comment = await db.comment.create({
        data: { claimId: claim.id, authorId: ctx.people.owner.id, body: "For all of you", mentions: { create: Object.values(ctx.people).map((p) => ({ userId: p.id })) } },
      });
      return { method: "POST", path: "/api/mentions/read", data: {}, state: () => db.commentMention.count({ where: { commentId: comment.id, readAt: null } }) };
    },
  },
};

const pages: Record<string, { expect: Record<Person, number>; path: (ctx: Context) => string }> = {
  "/": { expect: allowed(200, { anonymous: 307, disabled: 307 }), path: () => "/" },
  "/login": { expect: { anonymous: 200, disabled: 200, reviewer: 307, editor: 307, admin: 307 }, path: () => "/login" },
  "/admin": { expect: allowed(200, { anonymous: 307, disabled: 307, reviewer: 403, editor: 403 }), path: () => "/admin" },
  "/admin/verdicts": { expect: allowed(200, { anonymous: 307, disabled: 307, reviewer: 403, editor: 403 }), path: () => "/admin/verdicts" },
  "/articles/new": { expect: allowed(200, { anonymous: 307, disabled: 307 }), path: () => "/articles/new" },
  "/articles/[slug]": { expect: allowed(200, { anonymous: 307, disabled: 307 }), path: (ctx) => `/articles/${ctx.slug}` },
  "/articles/[slug]/edit": { expect: allowed(200, { anonymous: 307, disabled: 307, reviewer: 403 }), path: (ctx) => `/articles/${ctx.slug}/edit` },
  "/articles/[slug]/revisions/[number]": { expect: allowed(200, { anonymous: 307, disabled: 307 }), path: (ctx) => `/articles/${ctx.slug}/revisions/1` },
  "/export": { expect: allowed(200, { anonymous: 307, disabled: 307, reviewer: 403 }), path: () => "/export" },
  "/mentions": { expect: allowed(200, { anonymous: 307, disabled: 307 }), path: () => "/mentions" },
  "/account": { expect: allowed(200, { anonymous: 307, disabled: 307 }), path: () => "/account" },
  "/notifications": { expect: allowed(200, { anonymous: 307, disabled: 307 }), path: () => "/notifications" },
  "/claims": { expect: allowed(200, { anonymous: 307, disabled: 307 }), path: () => "/claims?q=construction" },
  "/dashboard": { expect: allowed(200, { anonymous: 307, disabled: 307, reviewer: 403 }), path: () => "/dashboard" },
  "/snapshots/[id]": { expect: allowed(200, { anonymous: 307, disabled: 307 }), path: (ctx) => `/snapshots/${ctx.snapshotId}` },
  "/admin/webhooks": { expect: allowed(200, { anonymous: 307, disabled: 307, reviewer: 403, editor: 403 }), path: () => "/admin/webhooks" },
  "/admin/webhooks/[id]": { expect: allowed(200, { anonymous: 307, disabled: 307, reviewer: 403, editor: 403 }), path: (ctx) => `/admin/webhooks/${ctx.webhookId}` },
  "/admin/tokens": { expect: allowed(200, { anonymous: 307, disabled: 307, reviewer: 403, editor: 403 }), path: () => "/admin/tokens" },
};

/** What a token client must get: derived from the documented scope of the route (see `tokens`). */
function expected(key: string, entry: Entry, who: Who): number {
  if (!(who in tokens)) return entry.expect[who as Person];
  const [method, route] = key.split(" ");
  const operation = operations.find((op) => op.method === method.toLowerCase() && op.path.replace(/\{(\w+)\}/g, "[$1]") === route);
  if (!operation || operation.permission === null) return entry.expect.anonymous; // public, or next-auth's own
  if (operation.sessionOnly) return 403;
  const scope: TokenScope = operation.permission === "signed-in" ? "read" : scopeForPermission[operation.permission];
  return (tokens[who as keyof typeof tokens] as TokenScope[]).includes(scope) ? entry.expect.admin : 403;
}

test.describe("authorization matrix", () => {
  let ctx: Context;
  const clients = {} as Record<Who, APIRequestContext>;
  /** The same credentials as plain headers, for streams (which Playwright's client would wait on forever). */
  const credentials = {} as Record<Who, Record<string, string>>;

  test.beforeAll(async ({ baseURL }) => {
    const [owner, reviewer, editor, admin, disabled] = await Promise.all([
      seedUser("REVIEWER"),
      seedUser("REVIEWER"),
      seedUser("EDITOR"),
      seedUser("ADMIN"),
      seedUser("EDITOR"),
    ]);
    const article = await seedArticle(owner.id);
    ctx = { people: { owner, reviewer, editor, admin, disabled }, articleId: article.id, slug: article.slug, webhookId: "", snapshotId: "", published: { slug: "" } };
    ctx.webhookId = (await seedWebhook(ctx)).id;
    ctx.snapshotId = (await seedSnapshot()).id;
    ctx.published = await seedPublishedClaim(ctx);
    for (const who of people) clients[who] = await apiAs(baseURL!, who === "anonymous" ? null : ctx.people[who]);
    for (const [who, scopes] of Object.entries(tokens) as [keyof typeof tokens, TokenScope[]][]) {
      const { secret } = await createApiToken({ actor: admin, input: { name: `Matrix ${who}`, scopes } });
      clients[who] = await request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } });
      credentials[who] = { Authorization: `Bearer ${secret}` };
    }
    for (const who of people) credentials[who] = { cookie: (await clients[who].storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
    // Signed in, then disabled: the cookie is still there, the session must not be.
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
  });

  test.afterAll(async () => {
    await Promise.all(Object.values(clients).map((client) => client.dispose()));
  });

  test("lists every route handler and page in the app", () => {
    expect(Object.keys(routes).sort()).toEqual(routeKeys().sort());
    expect(Object.keys(pages).sort()).toEqual(pageKeys().sort());
  });

  for (const [key, entry] of Object.entries(routes)) {
    test(`${key}`, async () => {
      for (const who of everyone) {
        const call = await entry.call(ctx);
        const before = await call.state?.();
        if (entry.stream) {
          const controller = new AbortController();
          const streamed = await fetch(new URL(call.path, test.info().project.use.baseURL!), { headers: credentials[who], redirect: "manual", signal: controller.signal });
          controller.abort();
          expect(streamed.status, `${who}: ${call.method} ${call.path}`).toBe(expected(key, entry, who));
          continue;
        }
        const response = await clients[who].fetch(call.path, {
          method: call.method,
          ...(call.multipart ? { multipart: call.multipart } : call.data !== undefined ? { data: call.data } : {}),
          maxRedirects: 0,
        });
        expect(response.status(), `${who}: ${call.method} ${call.path}`).toBe(expected(key, entry, who));
        // Denied calls change nothing; allowed ones have their effect.
        if ((response.status() >= 400 || entry.unchanged) && call.state) expect(await call.state(), `${who} changed something`).toEqual(before);
        if (response.status() < 300 && !entry.unchanged && call.state) expect(await call.state(), `${who}'s allowed call changed nothing`).not.toEqual(before);
      }
    });
  }

  for (const [key, entry] of Object.entries(pages)) {
    test(`page ${key}`, async () => {
      for (const who of everyone) {
        const response = await clients[who].get(entry.path(ctx), { maxRedirects: 0 });
        // Pages take the session cookie only: a token is nobody there.
        expect(response.status(), `${who}: ${key}`).toBe(who in tokens ? entry.expect.anonymous : entry.expect[who as Person]);
      }
    });
  }

  test("a reviewer cannot verify their own claim or slip status and verifier fields into an edit", async () => {
    const owner = await apiAs(test.info().project.use.baseURL!, ctx.people.owner);
    const claim = await freshDraft(ctx);
    const before = await claimState(claim.id);
    expect((await owner.post(`/api/claims/${claim.id}/status`, { data: { version: 1, status: "VERIFIED" } })).status()).toBe(422);
    expect((await owner.patch(`/api/claims/${claim.id}`, { data: { version: 1, changes: { status: "VERIFIED" } } })).status()).toBe(422);
    expect((await owner.patch(`/api/claims/${claim.id}`, { data: { version: 1, changes: { statement: "x" }, verifiedById: ctx.people.owner.id } })).status()).toBe(422);
    expect(await claimState(claim.id)).toEqual(before);
    // Their own draft they may edit.
    expect((await owner.patch(`/api/claims/${claim.id}`, { data: { version: 1, changes: { statement: "Mine" } } })).status()).toBe(200);
    await owner.dispose();
  });

  test("cross-site writes are refused (CSRF), even for an admin", async () => {
    for (const [key, entry] of Object.entries(routes)) {
      if (key.startsWith("GET ") || key.includes("[...nextauth]")) continue;
      const call = await entry.call(ctx);
      const before = await call.state?.();
      const response = await clients.admin.fetch(call.path, {
        method: call.method,
        headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
        ...(call.multipart ? { multipart: call.multipart } : call.data !== undefined ? { data: call.data } : {}),
      });
      expect(response.status(), key).toBe(403);
      if (call.state) expect(await call.state(), key).toEqual(before);
    }
  });

  test("a write the browser marks cross-site is refused even without an Origin; same-origin ones pass", async () => {
    const claim = await freshDraft(ctx);
    const before = await claimState(claim.id);
    const crossSite = await clients.admin.post(`/api/claims/${claim.id}/comments`, { data: { body: "From elsewhere" }, headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(crossSite.status()).toBe(403);
    expect(await claimState(claim.id)).toEqual(before);
    const sameOrigin = await clients.admin.post(`/api/claims/${claim.id}/comments`, { data: { body: "From here" }, headers: { "Sec-Fetch-Site": "same-origin" } });
    expect(sameOrigin.status()).toBe(201);
    expect(await claimState(claim.id)).not.toEqual(before);
  });

  test("Next.js internal headers and RSC requests reveal nothing protected", async () => {
    const sneaky = {
      "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware",
      RSC: "1",
      "Next-Router-Prefetch": "1",
    };
    // Redirects are followed: with `RSC: 1` Next first redirects to add its `_rsc` cache-buster.
    for (const who of ["anonymous", "reviewer"] as const) {
      const users = await clients[who].get("/api/admin/users?_rsc=1", { headers: sneaky });
      expect(users.status()).toBe(who === "anonymous" ? 401 : 403);
      expect(await users.text()).not.toContain(ctx.people.admin.email);
      for (const page of ["/admin", "/admin?_rsc=abc"]) {
        const response = await clients[who].get(page, { headers: sneaky });
        const body = await response.text();
        if (who === "anonymous") expect(response.url()).toMatch(/\/login/);
        // A reviewer gets a 403, or (prefetch) a flight payload without the page: no user data either way.
        expect(body).not.toContain(ctx.people.admin.email);
        expect(body).not.toContain(ctx.people.editor.email);
      }
    }
    const article = await clients.anonymous.get(`/articles/${ctx.slug}?_rsc=1`, { headers: sneaky });
    expect(article.url()).toMatch(/\/login/);
    expect(await article.text()).not.toContain("Construction costs");
  });
});
