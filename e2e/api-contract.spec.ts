/**
 * The contract test: every operation in /api/openapi.json, called over HTTP with an API token
 * (happy path, then one error), and each real response checked against the document: its
 * status is documented, and its JSON body validates against the documented schema.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { createApiToken } from "../lib/api-tokens/manage-api-tokens";
import { db } from "../lib/db/client";
import { startPageServer } from "../tests/support/page-server";
import { apiAs } from "./support/api-login";
import { seedArticle, seedClaim, seedUser, type SeededUser } from "./support/seed";

/** `stream`: Server-Sent Events, read with a plain fetch and closed once the status is known. */
type Call = { path: string; data?: unknown; multipart?: Record<string, string>; session?: boolean; stream?: boolean };
/** `error: null` only for the public system routes, which have no error to provoke but an outage. */
type Fixture = { ok: () => Promise<Call>; error: (() => Promise<Call & { status: number }>) | null };
type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>>; components: object };

let admin: SeededUser;
let pages: Awaited<ReturnType<typeof startPageServer>>;
let bearer: string;
let articleId: string;
const quote = "Construction costs rose 38%";
const draft = () => seedClaim(articleId, quote, admin.id, { sources: { create: { url: "https://example.org/a", title: "A", createdById: admin.id } } });
const verified = () => seedClaim(articleId, quote, admin.id, { status: "VERIFIED", verdictId: "verdict_true", rationale: "Budget tables." });
const latestRevision = () => db.articleRevision.findFirstOrThrow({ where: { articleId }, orderBy: { number: "desc" }, select: { id: true, text: true } });
const missing = "no-such-record";
/** A request for blind verdicts on a fresh draft, the admin and one reviewer asked; `complete`: both answered. */
async function blindReview(complete: boolean) {
  const [claim, other] = [await draft(), await seedUser("REVIEWER")];
  const answer = complete ? { verdictId: "verdict_false", rationale: "Minutes.", sources: [{ url: "https://example.org/m", title: "Minutes", stance: "REFUTES" }], submittedAt: new Date() } : {};
  const review = await db.blindReview.create({
    data: { claimId: claim.id, requestedById: admin.id, completedAt: complete ? new Date() : null, verdicts: { create: [admin, other].map((r) => ({ reviewerId: r.id, ...answer })) } },
    select: { id: true, verdicts: { select: { id: true } } },
  });
  return { claim, other, review };
}
const pausedWebhook = () => db.webhookEndpoint.create({ data: { url: "https://hooks.example/contract", events: ["claim.verified"], secret: "whsec_contract", active: false, createdById: admin.id } });

const fixtures: Record<string, Fixture> = {
  "GET /api/health": { ok: async () => ({ path: "/api/health" }), error: null },
  "GET /api/openapi.json": { ok: async () => ({ path: "/api/openapi.json" }), error: null },
  "GET /api/docs": { ok: async () => ({ path: "/api/docs" }), error: null },
  "GET /api/articles": { ok: async () => ({ path: "/api/articles?search=Depot" }), error: async () => ({ path: `/api/articles?search=${"x".repeat(201)}`, status: 422 }) },
  "POST /api/articles": {
    ok: async () => ({ path: "/api/articles", multipart: { title: `Contract ${crypto.randomUUID()}`, format: "text", text: "Fares rose 5% — the first rise since 2019." } }),
    error: async () => ({ path: "/api/articles", multipart: { title: "", format: "text", text: "" }, status: 422 }),
  },
  "POST /api/articles/from-url": {
    ok: async () => ({ path: "/api/articles/from-url", data: { url: pages.url("/article") } }),
    error: async () => ({ path: "/api/articles/from-url", data: { url: pages.url("/no-article") }, status: 422 }),
  },
  "GET /api/claims/{id}/sources/{sourceId}/archive": {
    ok: async () => {
      const claim = await draft();
      return { path: `/api/claims/${claim.id}/sources/${claim.sources[0].id}/archive` };
    },
    error: async () => ({ path: `/api/claims/${(await draft()).id}/sources/${missing}/archive`, status: 404 }),
  },
  "POST /api/claims/{id}/sources/{sourceId}/archive": {
    ok: async () => {
      const claim = await draft();
      return { path: `/api/claims/${claim.id}/sources/${claim.sources[0].id}/archive` };
    },
    error: async () => ({ path: `/api/claims/${missing}/sources/${missing}/archive`, status: 404 }),
  },
  "POST /api/claims/{id}/publication": {
    ok: async () => ({ path: `/api/claims/${(await verified()).id}/publication` }),
    error: async () => ({ path: `/api/claims/${(await draft()).id}/publication`, status: 409 }),
  },
  "DELETE /api/claims/{id}/publication": {
    ok: async () => {
      const claim = await verified();
      await db.publication.create({ data: { claimId: claim.id, slug: `contract-${claim.id}`, publishedAt: new Date(), publishedById: admin.id } });
      return { path: `/api/claims/${claim.id}/publication`, data: { reason: "Superseded" } };
    },
    error: async () => ({ path: `/api/claims/${(await verified()).id}/publication`, data: { reason: "Not published" }, status: 404 }),
  },
  "POST /api/articles/{id}/publish": {
    ok: async () => ({ path: `/api/articles/${articleId}/publish` }),
    error: async () => ({ path: `/api/articles/${missing}/publish`, status: 404 }),
  },
  "GET /api/snapshots/{id}": {
    ok: async () => {
      const snapshot = await db.snapshot.create({
        data: { requestedUrl: "https://example.org/r.pdf", finalUrl: "https://example.org/r.pdf", status: 200, contentType: "application/pdf", sha256: "1".repeat(64), byteSize: 8, body: new Uint8Array(Buffer.from("%PDF-1.4")) },
      });
      return { path: `/api/snapshots/${snapshot.id}` };
    },
    error: async () => ({ path: `/api/snapshots/${missing}`, status: 404 }),
  },
  "GET /api/articles/{id}": { ok: async () => ({ path: `/api/articles/${articleId}` }), error: async () => ({ path: `/api/articles/${missing}`, status: 404 }) },
  "PATCH /api/articles/{id}": {
    ok: async () => ({ path: `/api/articles/${articleId}`, data: { outlet: "Harbour Post" } }),
    error: async () => ({ path: `/api/articles/${articleId}`, data: { url: "javascript:alert(1)" }, status: 422 }),
  },
  "DELETE /api/articles/{id}": {
    ok: async () => ({ path: `/api/articles/${(await seedArticle(admin.id)).id}`, data: { reason: "Duplicate" } }),
    error: async () => ({ path: `/api/articles/${articleId}`, data: { reason: "" }, status: 422 }),
  },
  "POST /api/articles/{id}/restore": {
    ok: async () => {
      const article = await seedArticle(admin.id);
      await db.article.update({ where: { id: article.id }, data: { deletedAt: new Date() } });
      return { path: `/api/articles/${article.id}/restore`, data: {} };
    },
    error: async () => ({ path: `/api/articles/${missing}/restore`, data: {}, status: 404 }),
  },
  "PUT /api/articles/{id}/text": {
    ok: async () => {
      const latest = await latestRevision();
      return { path: `/api/articles/${articleId}/text`, data: { baseRevisionId: latest.id, html: `<p>${latest.text.split("\n\n").join("</p><p>")}</p><p>Update ${crypto.randomUUID()}.</p>` } };
    },
    error: async () => ({ path: `/api/articles/${articleId}/text`, data: { baseRevisionId: "stale", html: "<p>Text</p>" }, status: 409 }),
  },
  "GET /api/articles/{id}/events": {
    ok: async () => ({ path: `/api/articles/${articleId}/events`, stream: true }),
    error: async () => ({ path: `/api/articles/${missing}/events`, status: 404 }),
  },
  "GET /api/articles/{id}/claims": { ok: async () => ({ path: `/api/articles/${articleId}/claims?limit=5` }), error: async () => ({ path: `/api/articles/${articleId}/claims?limit=0`, status: 422 }) },
  "POST /api/articles/{id}/claims": {
    ok: async () => ({ path: `/api/articles/${articleId}/claims`, data: { exact: "officials said on Monday" } }),
    error: async () => ({ path: `/api/articles/${articleId}/claims`, data: { exact: "The depot will open in 2028 — two years late." }, status: 422 }),
  },
  "GET /api/notifications": { ok: async () => ({ path: "/api/notifications" }), error: async () => ({ path: "/api/notifications?token=abc", status: 401 }) },
  "POST /api/notifications/read": { ok: async () => ({ path: "/api/notifications/read", data: { ids: ["none-of-mine"] } }), error: async () => ({ path: "/api/notifications/read", data: { ids: "all" }, status: 422 }) },
  "GET /api/notifications/events": { ok: async () => ({ path: "/api/notifications/events", stream: true }), error: async () => ({ path: "/api/notifications/events?token=abc", status: 401 }) },
  "PUT /api/articles/{id}/presence": {
    ok: async () => ({ path: `/api/articles/${articleId}/presence`, data: { tabId: "contract-tab", claimId: null, editing: false }, session: true }),
    error: async () => ({ path: `/api/articles/${articleId}/presence`, data: { tabId: "x" }, session: true, status: 422 }),
  },
  "DELETE /api/articles/{id}/presence": {
    ok: async () => ({ path: `/api/articles/${articleId}/presence`, data: { tabId: "contract-tab" }, session: true }),
    error: async () => ({ path: `/api/articles/${articleId}/presence`, data: { tabId: "" }, session: true, status: 422 }),
  },
  "GET /api/articles/{id}/highlights": {
    ok: async () => ({ path: `/api/articles/${articleId}/highlights?revisionId=${(await latestRevision()).id}` }),
    error: async () => ({ path: `/api/articles/${articleId}/highlights`, status: 422 }),
  },
  "GET /api/articles/{id}/hints": { ok: async () => ({ path: `/api/articles/${articleId}/hints` }), error: async () => ({ path: `/api/articles/${missing}/hints`, status: 404 }) },
  "GET /api/claims": { ok: async () => ({ path: "/api/claims?q=construction&status=DRAFT" }), error: async () => ({ path: "/api/claims?q=", status: 400 }) },
  "GET /api/claims/similar": { ok: async () => ({ path: `/api/claims/similar?text=${encodeURIComponent("Construction costs rose by 38 per cent")}` }), error: async () => ({ path: "/api/claims/similar", status: 400 }) },
  "GET /api/claims/{id}/matches": { ok: async () => ({ path: `/api/claims/${(await draft()).id}/matches` }), error: async () => ({ path: `/api/claims/${missing}/matches`, status: 404 }) },
  "POST /api/claims/{id}/links": {
    ok: async () => ({ path: `/api/claims/${(await draft()).id}/links`, data: { claimId: (await draft()).id } }),
    error: async () => ({ path: `/api/claims/${(await draft()).id}/links`, data: { claimId: missing }, status: 422 }),
  },
  "POST /api/claims/{id}/reuse": {
    ok: async () => ({ path: `/api/claims/${(await draft()).id}/reuse`, data: { fromClaimId: (await verified()).id, version: 1 } }),
    error: async () => ({ path: `/api/claims/${(await verified()).id}/reuse`, data: { fromClaimId: (await verified()).id, version: 1 }, status: 409 }),
  },
  "GET /api/claims/{id}/blind-reviews": { ok: async () => ({ path: `/api/claims/${(await blindReview(true)).claim.id}/blind-reviews` }), error: async () => ({ path: `/api/claims/${missing}/blind-reviews`, status: 404 }) },
  "POST /api/claims/{id}/blind-reviews": {
    ok: async () => ({ path: `/api/claims/${(await draft()).id}/blind-reviews`, data: { reviewerIds: [admin.id, (await seedUser("REVIEWER")).id] } }),
    error: async () => ({ path: `/api/claims/${(await verified()).id}/blind-reviews`, data: { reviewerIds: [admin.id, (await seedUser("REVIEWER")).id] }, status: 409 }),
  },
  "POST /api/articles/{id}/blind-reviews": {
    ok: async () => {
      // An article of its own: the request reaches every claim on it.
      const article = await seedArticle(admin.id);
      await seedClaim(article.id, quote, admin.id);
      return { path: `/api/articles/${article.id}/blind-reviews`, data: { reviewerIds: [admin.id, (await seedUser("REVIEWER")).id] } };
    },
    error: async () => ({ path: `/api/articles/${articleId}/blind-reviews`, data: { reviewerIds: [admin.id] }, status: 422 }),
  },
  "GET /api/blind-reviews": { ok: async () => ({ path: "/api/blind-reviews" }), error: async () => ({ path: "/api/blind-reviews?token=abc", status: 401 }) },
  "POST /api/blind-reviews/{id}/verdict": {
    ok: async () => ({ path: `/api/blind-reviews/${(await blindReview(false)).review.id}/verdict`, data: { verdictId: "verdict_false", rationale: "Minutes.", sources: [{ url: "https://example.org/m", title: "Minutes" }] } }),
    error: async () => ({ path: `/api/blind-reviews/${(await blindReview(true)).review.id}/verdict`, data: { verdictId: "verdict_false", rationale: "Again." }, status: 409 }),
  },
  "POST /api/blind-reviews/{id}/adjudicate": {
    ok: async () => {
      const { claim, review } = await blindReview(true);
      return { path: `/api/blind-reviews/${review.id}/adjudicate`, data: { version: claim.version, fromVerdictId: review.verdicts[0].id } };
    },
    error: async () => {
      const { claim, review } = await blindReview(false);
      return { path: `/api/blind-reviews/${review.id}/adjudicate`, data: { version: claim.version, verdictId: "verdict_false", rationale: "Early." }, status: 409 };
    },
  },
  "POST /api/blind-reviews/{id}/cancel": {
    ok: async () => ({ path: `/api/blind-reviews/${(await blindReview(false)).review.id}/cancel`, data: { reason: "Wrong desk" } }),
    error: async () => ({ path: `/api/blind-reviews/${missing}/cancel`, data: { reason: "Wrong desk" }, status: 404 }),
  },
  "PUT /api/account/preferences": {
    ok: async () => ({ path: "/api/account/preferences", data: { showHints: true }, session: true }),
    error: async () => ({ path: "/api/account/preferences", data: { showHints: "yes" }, session: true, status: 422 }),
  },
  "GET /api/claims/{id}": { ok: async () => ({ path: `/api/claims/${(await draft()).id}` }), error: async () => ({ path: `/api/claims/${missing}`, status: 404 }) },
  "PATCH /api/claims/{id}": {
    ok: async () => ({ path: `/api/claims/${(await draft()).id}`, data: { version: 1, changes: { statement: "Costs rose by 38%" } } }),
    error: async () => ({ path: `/api/claims/${(await draft()).id}`, data: { version: 7, changes: { statement: "Stale" } }, status: 409 }),
  },
  "DELETE /api/claims/{id}": {
    ok: async () => ({ path: `/api/claims/${(await draft()).id}`, data: { reason: "Duplicate" } }),
    error: async () => ({ path: `/api/claims/${(await draft()).id}`, data: {}, status: 422 }),
  },
  "POST /api/claims/{id}/restore": {
    ok: async () => {
      const claim = await draft();
      await db.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date(), deletionReason: "Duplicate" } });
      return { path: `/api/claims/${claim.id}/restore`, data: {} };
    },
    error: async () => ({ path: `/api/claims/${missing}/restore`, data: {}, status: 404 }),
  },
  "POST /api/claims/{id}/status": {
    ok: async () => ({ path: `/api/claims/${(await draft()).id}/status`, data: { version: 1, status: "IN_REVIEW" } }),
    error: async () => ({ path: `/api/claims/${(await draft()).id}/status`, data: { version: 1, status: "FINISHED" }, status: 422 }),
  },
  "POST /api/claims/{id}/sources": {
    ok: async () => ({ path: `/api/claims/${(await draft()).id}/sources`, data: { url: "https://example.org/budget", title: "Budget" } }),
    error: async () => ({ path: `/api/claims/${(await draft()).id}/sources`, data: { url: "ftp://example.org", title: "" }, status: 422 }),
  },
  "DELETE /api/claims/{id}/sources/{sourceId}": {
    ok: async () => {
      const claim = await draft();
      return { path: `/api/claims/${claim.id}/sources/${claim.sources[0].id}`, data: { reason: "Wrong document" } };
    },
    error: async () => ({ path: `/api/claims/${(await draft()).id}/sources/${missing}`, data: { reason: "Wrong" }, status: 404 }),
  },
  "POST /api/claims/{id}/comments": {
    ok: async () => ({ path: `/api/claims/${(await draft()).id}/comments`, data: { body: "Checked the budget tables." } }),
    error: async () => ({ path: `/api/claims/${(await draft()).id}/comments`, data: { body: "" }, status: 422 }),
  },
  "GET /api/dashboard/{chart}": { ok: async () => ({ path: "/api/dashboard/backlog-status?from=2026-01-01&to=2026-01-31" }), error: async () => ({ path: "/api/dashboard/backlog-status?from=2026-02-01&to=2026-01-01", status: 422 }) },
  "GET /api/export/claims": { ok: async () => ({ path: `/api/export/claims?articleId=${articleId}&status=ALL` }), error: async () => ({ path: "/api/export/claims?format=xls", status: 422 }) },
  "GET /api/verdicts": { ok: async () => ({ path: "/api/verdicts" }), error: async () => ({ path: "/api/verdicts?token=abc", status: 401 }) },
  "PUT /api/verdicts": {
    ok: async () => ({ path: "/api/verdicts", data: { verdicts: await db.verdict.findMany({ orderBy: { position: "asc" }, select: { id: true, label: true } }) } }),
    error: async () => ({ path: "/api/verdicts", data: { verdicts: [] }, status: 422 }),
  },
  "POST /api/mentions/read": { ok: async () => ({ path: "/api/mentions/read", data: {} }), error: async () => ({ path: "/api/mentions/read?api_key=x", data: {}, status: 401 }) },
  "GET /api/admin/users": { ok: async () => ({ path: "/api/admin/users" }), error: async () => ({ path: "/api/admin/users?access_token=x", status: 401 }) },
  "POST /api/admin/users": {
    ok: async () => ({ path: "/api/admin/users", data: { name: "Contract", email: `contract-${crypto.randomUUID()}@e2e.test`, role: "REVIEWER", password: "a long enough password" } }),
    error: async () => ({ path: "/api/admin/users", data: { name: "", email: "nope", role: "CHIEF", password: "x" }, status: 422 }),
  },
  "PATCH /api/admin/users/{id}": {
    ok: async () => ({ path: `/api/admin/users/${(await seedUser("REVIEWER")).id}`, data: { role: "EDITOR" } }),
    error: async () => ({ path: `/api/admin/users/${missing}`, data: { role: "EDITOR" }, status: 404 }),
  },
  "GET /api/admin/webhooks": { ok: async () => ({ path: "/api/admin/webhooks" }), error: async () => ({ path: "/api/admin/webhooks?token=x", status: 401 }) },
  "POST /api/admin/webhooks": {
    ok: async () => ({ path: "/api/admin/webhooks", data: { url: "https://hooks.example/contract", events: ["claim.reopened"], description: "Contract" } }),
    error: async () => ({ path: "/api/admin/webhooks", data: { url: "http://", events: ["claim.deleted"] }, status: 422 }),
  },
  "PATCH /api/admin/webhooks/{id}": {
    ok: async () => ({ path: `/api/admin/webhooks/${(await pausedWebhook()).id}`, data: { events: ["article.revised"] } }),
    error: async () => ({ path: `/api/admin/webhooks/${missing}`, data: { active: true }, status: 404 }),
  },
  "GET /api/admin/webhooks/{id}/deliveries": {
    ok: async () => {
      const endpoint = await pausedWebhook();
      await db.webhookDelivery.create({ data: { endpointId: endpoint.id, eventId: "evt_contract", event: "claim.verified", payload: {}, status: "FAILED", attempts: 3, lastStatus: 500, lastError: "Receiver answered 500", retryUntil: new Date() } });
      return { path: `/api/admin/webhooks/${endpoint.id}/deliveries?limit=10` };
    },
    error: async () => ({ path: `/api/admin/webhooks/${(await pausedWebhook()).id}/deliveries?limit=500`, status: 422 }),
  },
  "POST /api/admin/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
    ok: async () => {
      const endpoint = await pausedWebhook();
      const delivery = await db.webhookDelivery.create({ data: { endpointId: endpoint.id, eventId: "evt_contract", event: "claim.verified", payload: {}, status: "FAILED", retryUntil: new Date() } });
      return { path: `/api/admin/webhooks/${endpoint.id}/deliveries/${delivery.id}/redeliver` };
    },
    error: async () => ({ path: `/api/admin/webhooks/${(await pausedWebhook()).id}/deliveries/${missing}/redeliver`, status: 404 }),
  },
  // Session only: called with the admin's browser session; the error is the token being refused.
  "GET /api/admin/tokens": { ok: async () => ({ path: "/api/admin/tokens", session: true }), error: async () => ({ path: "/api/admin/tokens", status: 403 }) },
  "GET /api/tokens": { ok: async () => ({ path: "/api/tokens", session: true }), error: async () => ({ path: "/api/tokens", status: 403 }) },
  "POST /api/tokens": {
    ok: async () => ({ path: "/api/tokens", data: { name: "Contract", scopes: ["read"] }, session: true }),
    error: async () => ({ path: "/api/tokens", data: { name: "", scopes: [] }, session: true, status: 422 }),
  },
  "DELETE /api/tokens/{id}": {
    ok: async () => ({ path: `/api/tokens/${(await createApiToken({ actor: admin, input: { name: "To revoke", scopes: ["read"] } })).token.id}`, session: true }),
    error: async () => ({ path: `/api/tokens/${missing}`, session: true, status: 404 }),
  },
};

test.describe("API contract", () => {
  let token: APIRequestContext;
  let session: APIRequestContext;
  let doc: Doc;
  let ajv: Ajv2020;

  test.beforeAll(async ({ baseURL }) => {
    admin = await seedUser("ADMIN");
    pages = await startPageServer();
    articleId = (await seedArticle(admin.id)).id;
    const { secret } = await createApiToken({ actor: admin, input: { name: "Contract test", scopes: ["read", "write", "export", "admin"] } });
    bearer = `Bearer ${secret}`;
    token = await request.newContext({ baseURL, extraHTTPHeaders: { Authorization: bearer } });
    session = await apiAs(baseURL!, admin);
    doc = await (await token.get("/api/openapi.json")).json();
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
  });

  test.afterAll(async () => {
    await pages.close();
    await token.dispose();
    await session.dispose();
  });

  test("every documented operation has a contract fixture", () => {
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    expect(Object.keys(fixtures).sort()).toEqual(documented.sort());
  });

  /** The response matches the document: a documented status, and for JSON, the documented schema. */
  async function expectDocumented(key: string, response: Awaited<ReturnType<APIRequestContext["fetch"]>>) {
    const [method, path] = key.split(" ");
    const documented = doc.paths[path][method.toLowerCase()].responses[String(response.status())];
    expect(documented, `${key}: status ${response.status()} is not documented (${await response.text()})`).toBeDefined();
    const schema = documented.content?.["application/json"]?.schema;
    const type = response.headers()["content-type"] ?? "";
    if (schema && type.startsWith("application/json")) {
      const validate = ajv.compile({ ...schema, components: doc.components });
      const body = await response.json();
      expect(validate(body) ? [] : validate.errors, `${key} ${response.status()} body`).toEqual([]);
    } else {
      expect(Object.keys(documented.content ?? {}).some((media) => type.startsWith(media)), `${key}: ${type} not documented`).toBe(true);
    }
  }

  for (const [key, fixture] of Object.entries(fixtures)) {
    test(key, async () => {
      const method = key.split(" ")[0];
      const send = async (call: Call) => {
        if (call.stream) {
          const controller = new AbortController();
          const streamed = await fetch(new URL(call.path, test.info().project.use.baseURL!), { headers: { Authorization: bearer }, signal: controller.signal });
          controller.abort();
          expect(streamed.status, key).toBe(200);
          expect(streamed.headers.get("content-type"), key).toContain("text/event-stream");
          return null;
        }
        return (call.session ? session : token).fetch(call.path, {
          method,
          ...(call.multipart ? { multipart: call.multipart } : call.data !== undefined ? { data: call.data } : {}),
          maxRedirects: 0,
        });
      };
      const ok = await send(await fixture.ok());
      if (ok) {
        // (A stream's status and type were checked in send.)
        expect(ok.status(), `${key}: ${await ok.text()}`).toBeLessThan(300);
        await expectDocumented(key, ok);
      }
      if (!fixture.error) return;
      const errorCall = await fixture.error();
      const error = (await send(errorCall))!;
      expect(error.status(), `${key} error call: ${await error.text()}`).toBe(errorCall.status);
      await expectDocumented(key, error);
    });
  }
});
