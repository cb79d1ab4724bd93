/**
 * The bad-input corpus: every route handler and every field, sent what people and attackers
 * send by mistake or on purpose. Each must get a 4xx with a message, never a 5xx, and change
 * nothing. (Authorization is the matrix's job: here the caller is an admin, so validation runs.)
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { db } from "../lib/db/client";
import { apiAs } from "./support/api-login";
import { seedArticle, seedClaim, seedUser, type SeededUser } from "./support/seed";

const longText = "x".repeat(100_000);
const nul = "a\u0000b";
const loneSurrogate = "a\ud800b";

/**
 * What no field of a kind may accept: NUL, a lone surrogate, far too long, wrong types,
 * out-of-range numbers and dates. Form fields can only carry strings, and UTF-8 cannot carry
 * a lone surrogate at all, so forms get the string cases only.
 */
const badValues = {
  text: [nul, loneSurrogate, longText, { nested: true }, ["a"], 12345],
  html: [nul, loneSurrogate, { nested: true }, 12345],
  date: [nul, loneSurrogate, "0000-01-01", "20260-01-01", "-010000-01-01", "2026-02-30", 20260101, { nested: true }],
  int: [2 ** 31, 1e308, -1, 1.5, "12", nul, { nested: true }],
  id: [nul, loneSurrogate, longText, 12345, { nested: true }],
  enum: [nul, loneSurrogate, "NOPE", 12345, { nested: true }],
  list: [nul, 12345, { nested: true }, [nul], [loneSurrogate]],
  url: [nul, loneSurrogate, longText, "javascript:alert(1)", "http:/\\evil.example", "ftp://example.org", 12345],
  bool: [nul, "yes", 1],
} satisfies Record<string, unknown[]>;
type Kind = keyof typeof badValues;
const formValues: Partial<Record<Kind, string[]>> = {
  text: [nul, longText],
  html: [nul],
  date: [nul, "0000-01-01", "20260-01-01", "-010000-01-01", "2026-02-30"],
  enum: [nul, "NOPE"],
  url: [nul, longText, "javascript:alert(1)", "http:/\\evil.example"],
};

type Target = { method: "POST" | "PUT" | "PATCH" | "DELETE"; path: string; body: Record<string, unknown>; fields: Record<string, Kind>; multipart?: boolean };

/** Sets a dotted field ("changes.statement", "verdicts.0.label") in a copy of the body. */
function withField(body: Record<string, unknown>, field: string, value: unknown) {
  const copy = structuredClone(body);
  const keys = field.split(".");
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1)!] = value;
  return copy;
}

async function send(api: APIRequestContext, target: Target, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  if (target.multipart) {
    const form = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
    return api.fetch(target.path, { method: target.method, multipart: form, headers });
  }
  return api.fetch(target.path, { method: target.method, data: body, headers });
}

test.describe("bad input", () => {
  let admin: SeededUser;
  let api: APIRequestContext;
  let targets: Target[];
  let fingerprint: () => Promise<unknown>;

  test.beforeAll(async ({ baseURL }) => {
    admin = await seedUser("ADMIN");
    api = await apiAs(baseURL!, admin);
    const article = await seedArticle(admin.id);
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
    const claim = await seedClaim(article.id, "Construction costs rose 38%", admin.id, {
      sources: { create: [{ url: "https://example.org/a", title: "A", createdById: admin.id }] },
    });
    const checked = await seedClaim(article.id, "officials said on Monday", admin.id, { verdictId: "verdict_true", rationale: "Minutes." });
    const user = await seedUser("REVIEWER");
    const verdicts = await db.verdict.findMany({ orderBy: { position: "asc" }, select: { id: true, label: true } });
    const start = revision.text.indexOf("officials said");
    const webhook = await db.webhookEndpoint.create({ data: { url: "https://hooks.example/bad-input", events: ["claim.verified"], secret: "whsec_bad", active: false, createdById: admin.id } });
    // Blind verdicts: one request waiting for the admin's answer, one with every answer in.
    const asked = await seedClaim(article.id, "Councillor Ana Reyes disputed the figures", admin.id);
    const answered = await seedClaim(article.id, "She called for an audit", admin.id);
    const waiting = await db.blindReview.create({ data: { claimId: asked.id, requestedById: user.id, verdicts: { create: [{ reviewerId: admin.id }, { reviewerId: user.id }] } } });
    const complete = await db.blindReview.create({
      data: {
        claimId: answered.id,
        requestedById: admin.id,
        completedAt: new Date(),
        verdicts: { create: [admin, user].map((reviewer) => ({ reviewerId: reviewer.id, verdictId: "verdict_false", rationale: "Minutes.", submittedAt: new Date() })) },
      },
    });
    targets = [
      {
        method: "POST",
        path: "/api/articles",
        multipart: true,
        body: { title: "T", outlet: "O", author: "A", url: "https://example.org", publishedAt: "2026-01-01", format: "text", text: "Some text." },
        fields: { title: "text", outlet: "text", author: "text", url: "url", publishedAt: "date", format: "enum", text: "html" },
      },
      {
        method: "PATCH",
        path: `/api/articles/${article.id}`,
        body: { title: "T", outlet: "O", author: "A", url: "https://example.org", publishedAt: "2026-01-01" },
        fields: { title: "text", outlet: "text", author: "text", url: "url", publishedAt: "date" },
      },
      { method: "DELETE", path: `/api/articles/${article.id}`, body: { reason: "R" }, fields: { reason: "text" } },
      { method: "PUT", path: `/api/articles/${article.id}/text`, body: { baseRevisionId: revision.id, html: "<p>x</p>" }, fields: { baseRevisionId: "id", html: "html" } },
      {
        method: "POST",
        path: `/api/articles/${article.id}/claims`,
        body: { revisionId: revision.id, start, end: start + 14, exact: "officials said", statement: "S" },
        fields: { revisionId: "id", start: "int", end: "int", exact: "text", statement: "text" },
      },
      {
        method: "PATCH",
        path: `/api/claims/${claim.id}`,
        body: { version: claim.version, changes: { statement: "S", claimant: "C", claimDate: "2026-01-01", tags: ["t"], assigneeId: admin.id, verdictId: "verdict_false", rationale: "R", confidence: "LOW" } },
        fields: {
          version: "int",
          "changes.statement": "text",
          "changes.claimant": "text",
          "changes.claimDate": "date",
          "changes.tags": "list",
          "changes.assigneeId": "id",
          "changes.verdictId": "id",
          "changes.rationale": "text",
          "changes.confidence": "enum",
        },
      },
      {
        method: "POST",
        path: `/api/claims/${claim.id}/status`,
        body: { version: claim.version, status: "REJECTED", reason: "R", rejectionReason: "OUT_OF_SCOPE" },
        fields: { version: "int", status: "enum", reason: "text", rejectionReason: "enum" },
      },
      {
        method: "POST",
        path: `/api/claims/${claim.id}/sources`,
        body: { url: "https://example.org/s", title: "T", publisher: "P", quotedPassage: "Q", accessedAt: "2026-01-01", kind: "OTHER", stance: "SUPPORTS" },
        fields: { url: "url", title: "text", publisher: "text", quotedPassage: "text", accessedAt: "date", kind: "enum", stance: "enum" },
      },
      { method: "DELETE", path: `/api/claims/${claim.id}/sources/${claim.sources[0].id}`, body: { reason: "R" }, fields: { reason: "text" } },
      { method: "DELETE", path: `/api/claims/${claim.id}`, body: { reason: "R" }, fields: { reason: "text" } },
      { method: "POST", path: `/api/claims/${claim.id}/comments`, body: { body: "B" }, fields: { body: "text" } },
      {
        method: "PUT",
        path: "/api/verdicts",
        body: { verdicts: verdicts.map((v) => ({ ...v, rating: null })) },
        fields: { verdicts: "list", "verdicts.0.id": "id", "verdicts.0.label": "text", "verdicts.0.rating": "int", "verdicts.0.tone": "enum" },
      },
      {
        method: "POST",
        path: "/api/admin/users",
        body: { name: "N", email: `new-${Date.now()}@e2e.test`, role: "REVIEWER", password: "a long enough password" },
        fields: { name: "text", email: "text", role: "enum", password: "text" },
      },
      { method: "PATCH", path: `/api/admin/users/${user.id}`, body: { role: "EDITOR" }, fields: { role: "enum", disabled: "bool", password: "text" } },
      { method: "POST", path: "/api/tokens", body: { name: "Bad input", scopes: ["read"], expiresInDays: 30 }, fields: { name: "text", scopes: "list", expiresInDays: "int" } },
      { method: "POST", path: "/api/admin/webhooks", body: { url: "https://hooks.example/x", events: ["claim.verified"] }, fields: { url: "url", events: "list", description: "text" } },
      { method: "PATCH", path: `/api/admin/webhooks/${webhook.id}`, body: { active: false }, fields: { url: "url", events: "list", description: "text", active: "bool" } },
      { method: "POST", path: "/api/articles/from-url", body: { url: "https://news.example/a" }, fields: { url: "url" } },
      { method: "DELETE", path: `/api/claims/${claim.id}/publication`, body: { reason: "R" }, fields: { reason: "text" } },
      { method: "POST", path: `/api/claims/${claim.id}/links`, body: { claimId: checked.id }, fields: { claimId: "id" } },
      { method: "POST", path: `/api/claims/${claim.id}/reuse`, body: { fromClaimId: checked.id, version: claim.version }, fields: { fromClaimId: "id", version: "int" } },
      { method: "PUT", path: "/api/account/preferences", body: { showHints: false }, fields: { showHints: "bool" } },
      { method: "POST", path: `/api/claims/${claim.id}/blind-reviews`, body: { reviewerIds: [admin.id, user.id] }, fields: { reviewerIds: "list", "reviewerIds.0": "id" } },
      { method: "POST", path: `/api/articles/${article.id}/blind-reviews`, body: { reviewerIds: [admin.id, user.id] }, fields: { reviewerIds: "list", "reviewerIds.1": "id" } },
      {
        method: "POST",
        path: `/api/blind-reviews/${waiting.id}/verdict`,
        body: { verdictId: "verdict_false", rationale: "R", sources: [{ url: "https://example.org/s", title: "T", stance: "REFUTES" }] },
        fields: { verdictId: "id", rationale: "text", sources: "list", "sources.0.url": "url", "sources.0.title": "text", "sources.0.stance": "enum" },
      },
      { method: "POST", path: `/api/blind-reviews/${waiting.id}/cancel`, body: { reason: "R" }, fields: { reason: "text" } },
      {
        method: "POST",
        path: `/api/blind-reviews/${complete.id}/adjudicate`,
        body: { version: answered.version, verdictId: "verdict_false", rationale: "R" },
        fields: { version: "int", verdictId: "id", rationale: "text", fromVerdictId: "id" },
      },
      { method: "POST", path: "/api/notifications/read", body: { ids: ["x"] }, fields: { ids: "list" } },
      { method: "DELETE", path: `/api/articles/${article.id}/presence`, body: { tabId: "bad-input-tab" }, fields: { tabId: "id" } },
      { method: "PUT", path: `/api/articles/${article.id}/presence`, body: { tabId: "bad-input-tab", claimId: null, editing: false }, fields: { tabId: "id", claimId: "id", editing: "bool" } },
    ];
    // What any of these calls could touch, and nothing another test touches.
    fingerprint = async () => ({
      articles: await db.article.findMany({ where: { createdById: admin.id }, select: { id: true, title: true, outlet: true, publishedAt: true, deletedAt: true, updatedAt: true, _count: { select: { revisions: true } } } }),
      claims: await db.claim.findMany({ where: { articleId: article.id }, orderBy: { id: "asc" }, select: { id: true, version: true, status: true, deletedAt: true, sameClaimGroupId: true, reusedFromId: true, _count: { select: { sources: true, comments: true } } } }),
      preferences: await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { showHints: true } }),
      blindReviews: await db.blindReview.findMany({ where: { claim: { articleId: article.id } }, orderBy: { id: "asc" }, select: { id: true, completedAt: true, adjudicatedAt: true, cancelledAt: true, verdicts: { orderBy: { id: "asc" }, select: { submittedAt: true } } } }),
      sources: await db.source.findMany({ where: { claimId: claim.id }, orderBy: { id: "asc" }, select: { id: true, retractedAt: true } }),
      verdicts: await db.verdict.findMany({ orderBy: { id: "asc" }, select: { id: true, label: true, rating: true } }),
      users: await db.user.findMany({ where: { OR: [{ id: user.id }, { email: { startsWith: "new-" } }] }, select: { id: true, name: true, role: true, disabledAt: true } }),
      audit: await db.auditEvent.count({ where: { actorId: admin.id } }),
      tokens: await db.apiToken.count({ where: { userId: admin.id } }),
      webhooks: await db.webhookEndpoint.findMany({ where: { createdById: admin.id }, select: { id: true, url: true, events: true, active: true, description: true } }),
      snapshots: await db.snapshot.count({ where: { createdById: admin.id } }),
    });
  });

  test.afterAll(async () => {
    await api.dispose();
  });

  test("every field of every write route refuses bad values with a 4xx and a message, and nothing changes", async () => {
    test.setTimeout(180_000);
    const before = await fingerprint();
    let sent = 0;
    for (const target of targets) {
      for (const [field, kind] of Object.entries(target.fields)) {
        const values: unknown[] = target.multipart ? (formValues[kind] ?? []) : badValues[kind];
        for (const value of values) {
          const response = await send(api, target, withField(target.body, field, value));
          const what = `${target.method} ${target.path} ${field} = ${JSON.stringify(value).slice(0, 40)}`;
          expect(response.status(), what).toBeGreaterThanOrEqual(400);
          expect(response.status(), what).toBeLessThan(500);
          expect((await response.json()).error?.message, what).toEqual(expect.any(String));
          sent++;
        }
      }
    }
    expect(sent).toBeGreaterThan(250);
    expect(await fingerprint()).toEqual(before);
  });

  test("malformed ids, Origins and content types get a 4xx, never a 5xx, and change nothing", async () => {
    const before = await fingerprint();
    for (const path of ["/api/claims/%00", "/api/claims/a%00b", "/api/articles/%00/claims", "/api/claims/%ED%A0%80", `/api/claims/${"x".repeat(5000)}`]) {
      const response = await api.get(path);
      expect(response.status(), path).toBe(404);
    }
    // The routes that take only ids: a malformed one is not found, whatever the method.
    for (const [method, path] of [
      ["DELETE", "/api/tokens/%00"],
      ["POST", "/api/claims/%00/publication"],
      ["POST", "/api/articles/%ED%A0%80/publish"],
      ["POST", "/api/claims/%00/sources/a%00b/archive"],
      ["POST", "/api/admin/webhooks/%00/deliveries/%00/redeliver"],
      ["GET", "/api/admin/webhooks/%00/deliveries"],
      ["GET", "/api/snapshots/%00"],
      ["GET", "/api/articles/%00/events"],
    ]) {
      const response = await api.fetch(path, { method });
      expect(response.status(), `${method} ${path}`).toBe(404);
    }
    // A live-update stream's starting point must be an event id.
    for (const after of ["x", "-1", "%00", "1".repeat(30)]) {
      const response = await api.get(`/api/articles/${(await db.article.findFirstOrThrow({ where: { createdById: admin.id }, select: { id: true } })).id}/events?after=${after}`);
      expect(response.status(), `after=${after}`).toBe(422);
    }
    for (const query of ["from=0000-01-01", "to=0000-01-01", "from=20260-01-01", "tag=%00", "verdictId=%00", "reviewerId=%00", "articleId=%00", "__proto__=x", "status=%ED%A0%80"]) {
      const response = await api.get(`/api/export/claims?${query}`);
      expect(response.status(), query).toBe(422);
      expect(response.headers()["content-type"], query).toMatch(/json/);
    }
    // Claim search and "already checked": empty, over-long and malformed searches and filters.
    for (const query of ["q=", "q=%20%20", `q=${"x".repeat(201)}`, "q=a%00b", "q=a&status=%ED%A0%80", "q=a&status=LOST", "q=a&from=0000-01-01", "q=a&to=yesterday", "q=a&page=0", "q=a&page=x", "q=a&__proto__=x"]) {
      const response = await api.get(`/api/claims?${query}`);
      // 400 for a malformed search; what the route wrapper refuses in any query first (NUL, impossible dates, __proto__) is 422.
      expect([400, 422], query).toContain(response.status());
      expect((await response.json()).error?.message, query).toEqual(expect.any(String));
    }
    for (const query of ["", "text=", `text=${"x".repeat(2001)}`, "text=a%00b", "text=a&x=1"]) {
      expect([400, 422], query).toContain((await api.get(`/api/claims/similar?${query}`)).status());
    }
    // The dashboard's period: malformed, impossible, reversed or too long.
    for (const query of ["from=0000-01-01", "to=yesterday", "from=%00", "from=2026-02-01&to=2026-01-01", "from=2020-01-01&to=2026-01-01", "__proto__=x", "x=1", "to=%ED%A0%80"]) {
      const response = await api.get(`/api/dashboard/verdicts?${query}`);
      expect(response.status(), query).toBe(422);
      expect((await response.json()).error?.message, query).toEqual(expect.any(String));
    }
    for (const path of ["/api/claims/%00/matches", "/api/articles/%00/hints", "/api/claims/%ED%A0%80/matches", "/api/dashboard/%00", "/api/dashboard/nope", "/api/claims/%00/blind-reviews"]) {
      expect((await api.get(path)).status(), path).toBe(404);
    }
    // The claim list's paging parameters (GET /api/articles/<id>/claims?limit=&offset=).
    const claimList = targets.find((t) => t.method === "POST" && t.path.endsWith("/claims"))!.path;
    for (const query of ["limit=0", "limit=1001", "limit=ten", "limit=1.5", "offset=-1", "offset=%00", "page=2", "__proto__=x", "limit=%ED%A0%80"]) {
      const response = await api.get(`${claimList}?${query}`);
      expect(response.status(), query).toBe(422);
      expect((await response.json()).error?.message, query).toEqual(expect.any(String));
    }
    expect((await (await api.get(`${claimList}?limit=1`)).json()).claims).toHaveLength(1);
    // Every claim for the highlights (GET /api/articles/<id>/highlights?revisionId=): a revision of that article, and nothing else.
    const highlights = claimList.replace(/\/claims$/, "/highlights");
    for (const [query, status] of [["", 422], ["revisionId=", 422], ["revisionId=%00", 422], [`revisionId=${"x".repeat(101)}`, 422], ["revisionId=x&limit=5", 422], ["__proto__=x", 422], ["revisionId=nope", 404]] as const) {
      const response = await api.get(`${highlights}?${query}`);
      expect(response.status(), query).toBe(status);
      expect((await response.json()).error?.message, query).toEqual(expect.any(String));
    }
    expect((await api.get("/api/articles/%00/highlights?revisionId=x")).status()).toBe(404);
    // A forwarded host is believed only under TRUST_PROXY (unset here): it cannot make a foreign Origin ours.
    const forwarded = await send(api, targets[0], targets[0].body, { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" });
    expect(forwarded.status()).toBe(403);
    for (const target of targets) {
      for (const origin of ["evil", "http://127.0.0.1:4201.evil.example", "null", "https://localhost:3100", "http://localhost:1"]) {
        const response = await send(api, target, target.body, { Origin: origin });
        expect(response.status(), `${target.path} Origin: ${origin}`).toBe(403);
      }
      if (target.multipart) {
        const response = await api.fetch(target.path, { method: target.method, data: target.body });
        expect(response.status(), `${target.path} as JSON`).toBe(415);
      } else {
        for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
          const response = await api.fetch(target.path, { method: target.method, data: JSON.stringify(target.body), headers: { "Content-Type": type } });
          expect(response.status(), `${target.path} as ${type}`).toBe(415);
        }
      }
    }
    expect(await fingerprint()).toEqual(before);
  });

  test("API responses with people's data are never cached", async () => {
    for (const path of ["/api/verdicts", "/api/claims/none", "/api/export/claims?format=json"]) {
      const response = await api.get(path);
      expect(response.headers()["cache-control"], path).toBe("no-store");
    }
  });

  test("pages answer bad addresses with 404, not 500", async () => {
    for (const path of ["/articles/%00", "/articles/x/revisions/2147483648", "/articles/x/revisions/0", "/articles/x/revisions/abc", "/articles/x/revisions/-1"]) {
      const response = await api.get(path);
      expect(response.status(), path).toBe(404);
    }
  });
});
