/**
 * The OpenAPI 3.1 document, generated from the zod schemas the routes validate with (request
 * bodies and queries) and the documented response shapes. A test compares it with the route
 * handlers in app/api, so a new route without an entry here fails.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { createApiTokenSchema } from "@/lib/api-tokens/schema";
import { deleteArticleSchema } from "@/lib/articles/delete-article";
import { editArticleTextSchema } from "@/lib/articles/edit-article-text";
import { fetchArticleSchema } from "@/lib/articles/fetch-article-page";
import { importFormats } from "@/lib/articles/import-content";
import { articleListQuerySchema } from "@/lib/articles/list-articles";
import { articleMetadataChangesSchema, articleMetadataSchema } from "@/lib/articles/schema";
import { scopeForPermission, type Permission, type TokenScope } from "@/lib/auth/permissions";
import { claimPageQuerySchema, highlightsQuerySchema } from "@/lib/claims/list-article-claims";
import { changeStatusSchema, createClaimSchema, deleteClaimSchema, retractSourceSchema, sourceSchema, updateClaimSchema } from "@/lib/claims/schema";
import { commentSchema } from "@/lib/comments/schema";
import { deskStreamQuerySchema, leaveSchema, presenceSchema } from "@/lib/live/schema";
import { unpublishSchema } from "@/lib/publishing/publish-claims";
import { exportFormats, exportQuerySchema } from "@/lib/export/schema";
import { createUserSchema, updateUserSchema } from "@/lib/users/schema";
import { scaleSchema } from "@/lib/verdicts/update-verdict-scale";
import { webhookEventHelp, webhookEvents } from "@/lib/webhooks/events";
import { createWebhookSchema, deliveryListQuerySchema, updateWebhookSchema } from "@/lib/webhooks/schema";
import { claimSearchSchema } from "@/lib/claim-search/schema";
import { linkClaimSchema, reuseVerdictSchema, similarQuerySchema } from "@/lib/claim-matching/schema";
import { preferencesSchema } from "@/lib/users/preferences";
import { markReadSchema } from "@/lib/notifications/list-notifications";
import { adjudicateSchema, cancelBlindSchema, requestBlindSchema, submitBlindSchema } from "@/lib/blind-reviews/schema";
import { dashboardCharts, periodQuerySchema } from "@/lib/dashboard/schema";
import * as shapes from "./response-schemas";

type Method = "get" | "post" | "put" | "patch" | "delete";
type Operation = {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  /** The permission the domain asserts; a token needs the matching scope. Null: public. */
  permission: Permission | "signed-in" | null;
  /** Only a signed-in person (session cookie), never a token. */
  sessionOnly?: boolean;
  params?: string[];
  query?: z.ZodObject;
  body?: z.ZodType;
  multipart?: z.ZodType;
  /** Status → response: a zod schema for JSON, or a media type with a description. */
  ok: { status: number; schema?: z.ZodType; media?: Record<string, string>; description?: string };
  /** Extra error statuses this operation can answer beyond the common ones. */
  errors?: number[];
};

const errorText: Record<number, string> = {
  400: "Malformed request (not JSON, bad parameter)",
  401: "Not signed in, or the token is unknown, malformed, expired or revoked",
  403: "The role or the token's scopes do not allow it, or a cross-site request",
  404: "No such record (or not visible to you)",
  409: "Someone changed the record first: `current` has it as it is now",
  410: "Gone",
  413: "The body is too large",
  415: "Wrong Content-Type",
  422: "Invalid input: `error.fields` has a message per field",
  429: "Too many requests for this token: wait for `Retry-After` seconds",
  503: "The database is unavailable: retry after `Retry-After` seconds",
};

const pathParam = (name: string) => z.string().min(1).describe(`The ${name === "id" ? "record" : name}'s id`);

function routeConfig(op: Operation): RouteConfig {
  const scope: TokenScope | null = op.permission && op.permission !== "signed-in" ? scopeForPermission[op.permission] : op.permission === "signed-in" ? "read" : null;
  const common = op.permission === null ? [503] : [401, 403, 503, ...(op.sessionOnly ? [] : [429])];
  const statuses = [...new Set([...common, ...(op.params?.length ? [404] : []), ...(op.body || op.multipart ? [400, 413, 415, 422] : []), ...(op.query ? [422] : []), ...(op.errors ?? [])])].sort();
  const responses: RouteConfig["responses"] = {
    [op.ok.status]: {
      description: op.ok.description ?? "Success",
      ...(op.ok.schema ? { content: { "application/json": { schema: op.ok.schema } } } : {}),
      ...(op.ok.media ? { content: Object.fromEntries(Object.entries(op.ok.media).map(([type, description]) => [type, { schema: type.startsWith("text/") ? { type: "string", description } : { description } }])) } : {}),
    },
  };
  for (const status of statuses) {
    responses[status] = { description: errorText[status] ?? "Error", content: { "application/json": { schema: shapes.errorBody } } };
  }
  const who =
    op.permission === null
      ? "Public."
      : `${op.permission === "signed-in" ? "Any signed-in person" : `Needs the \`${op.permission}\` permission`}${op.sessionOnly ? "; a browser session only (API tokens are refused)" : `; a token needs the \`${scope}\` scope`}.`;
  return {
    method: op.method,
    path: op.path,
    summary: op.summary,
    description: who,
    tags: [op.tag],
    operationId: `${op.method}${op.path.replace(/\{(\w+)\}/g, "By-$1").replace(/[^A-Za-z0-9]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
    security: op.permission === null ? [] : op.sessionOnly ? [{ session: [] }] : [{ session: [] }, { bearer: [scope!] }],
    ...(scope && !op.sessionOnly ? { "x-token-scope": scope } : {}),
    request: {
      ...(op.params ? { params: z.object(Object.fromEntries(op.params.map((name) => [name, pathParam(name)]))) } : {}),
      ...(op.query ? { query: op.query } : {}),
      ...(op.body ? { body: { required: true, content: { "application/json": { schema: op.body } } } } : {}),
      ...(op.multipart ? { body: { required: true, content: { "multipart/form-data": { schema: op.multipart } } } } : {}),
    },
    responses,
  };
}

const importForm = articleMetadataSchema.extend({
  format: z.enum(importFormats).optional().describe("How to read `text`: text, markdown or html (a file's format comes from its name)"),
  text: z.string().optional().describe("The article as pasted text, HTML or Markdown"),
  file: z.string().optional().meta({ format: "binary", description: "Or an uploaded file: .txt, .md, .html or .docx" }),
  snapshotId: z.string().optional().describe("Or the snapshot from POST /api/articles/from-url: the article's text is that page's"),
});

export const operations: Operation[] = [
  { method: "get", path: "/api/health", summary: "Readiness: the app and its database answer", tag: "System", permission: null, ok: { status: 200, schema: z.object({ ok: z.literal(true) }) } },
  { method: "get", path: "/api/openapi.json", summary: "This document", tag: "System", permission: null, ok: { status: 200, description: "The OpenAPI 3.1 document", media: { "application/json": "OpenAPI document" } } },
  { method: "get", path: "/api/docs", summary: "The API reference page (HTML)", tag: "System", permission: null, ok: { status: 200, media: { "text/html": "Swagger UI over this document" } } },

  { method: "get", path: "/api/articles", summary: "List articles (newest 200), with claim counts by status", tag: "Articles", permission: "article.read", query: articleListQuerySchema, ok: { status: 200, schema: z.object({ articles: z.array(shapes.articleListItem) }) } },
  { method: "post", path: "/api/articles", summary: "Import an article (pasted text, HTML, Markdown or a .docx file)", tag: "Articles", permission: "article.create", multipart: importForm, ok: { status: 201, schema: z.object({ article: shapes.articleRef }) } },
  { method: "post", path: "/api/articles/from-url", summary: "Import by URL, step one: fetch and read a page, keep a snapshot, return the details found (then POST /api/articles with snapshotId)", tag: "Articles", permission: "article.create", body: fetchArticleSchema, ok: { status: 201, schema: z.object({ page: shapes.fetchedPage }) } },
  { method: "get", path: "/api/articles/{id}", summary: "An article's details and latest text", tag: "Articles", permission: "article.read", params: ["id"], ok: { status: 200, schema: z.object({ article: shapes.articleText }) } },
  { method: "patch", path: "/api/articles/{id}", summary: "Correct an article's details", tag: "Articles", permission: "article.edit", params: ["id"], body: articleMetadataChangesSchema, ok: { status: 200, schema: z.object({ article: shapes.articleMetadata }) } },
  { method: "delete", path: "/api/articles/{id}", summary: "Delete an article (soft, with a reason)", tag: "Articles", permission: "article.delete", params: ["id"], body: deleteArticleSchema, ok: { status: 200, schema: shapes.deletion } },
  { method: "post", path: "/api/articles/{id}/restore", summary: "Restore a deleted article", tag: "Articles", permission: "article.delete", params: ["id"], ok: { status: 200, schema: shapes.deletion } },
  { method: "put", path: "/api/articles/{id}/text", summary: "Save edited text as a new revision and re-anchor every claim", tag: "Articles", permission: "article.edit", params: ["id"], body: editArticleTextSchema, errors: [409], ok: { status: 200, schema: shapes.editResult } },
  { method: "get", path: "/api/articles/{id}/events", summary: "Live updates: Server-Sent Events naming each change to the article and its claims (send Last-Event-ID to resume)", tag: "Live", permission: "article.read", params: ["id"], query: deskStreamQuerySchema, ok: { status: 200, media: { "text/event-stream": "`event: desk` with `id` and data {id, articleId, claimId, kind, actorId, actorName, createdAt}; `event: presence` when who is here changed (ask with PUT …/presence); `event: signed-out` before it closes" } } },
  { method: "put", path: "/api/articles/{id}/presence", summary: "Presence: this browser tab has the article (and a claim) open; answers who else is here. Every 5 s; gone after 20 s of silence", tag: "Live", permission: "article.read", sessionOnly: true, params: ["id"], body: presenceSchema, ok: { status: 200, schema: z.object({ present: z.array(shapes.presentPerson) }) } },
  { method: "delete", path: "/api/articles/{id}/presence", summary: "Presence: this tab is closing", tag: "Live", permission: "article.read", sessionOnly: true, params: ["id"], body: leaveSchema, ok: { status: 200, schema: z.object({ left: z.boolean() }) } },
  { method: "get", path: "/api/articles/{id}/claims", summary: "A page of the article's claims, as summaries", tag: "Claims", permission: "article.read", params: ["id"], query: claimPageQuerySchema, ok: { status: 200, schema: shapes.claimPage } },
  { method: "post", path: "/api/articles/{id}/claims", summary: "Highlight a claim: the selected text of a revision", tag: "Claims", permission: "claim.create", params: ["id"], body: createClaimSchema, ok: { status: 201, schema: z.object({ claim: shapes.claim }) } },

  { method: "get", path: "/api/articles/{id}/highlights", summary: "Every claim on the article, packed in columns against the text of the revision asked for: what the viewer draws highlights from", tag: "Claims", permission: "article.read", params: ["id"], query: highlightsQuerySchema, ok: { status: 200, schema: shapes.packedClaimSummaries } },
  { method: "get", path: "/api/articles/{id}/hints", summary: "Check-worthiness hints for the article's latest text (scored in the background after each import or edit)", tag: "Claim intelligence", permission: "article.read", params: ["id"], ok: { status: 200, schema: shapes.revisionHints } },
  { method: "get", path: "/api/claims", summary: "Search claims: full text over quote, claim, rationale, claimant and sources, with filters; ranked, 20 a page", tag: "Claim intelligence", permission: "article.read", query: claimSearchSchema, errors: [400], ok: { status: 200, schema: shapes.claimSearchResult } },
  { method: "get", path: "/api/claims/similar", summary: "Earlier claims like a sentence (\"already checked?\")", tag: "Claim intelligence", permission: "article.read", query: similarQuerySchema, errors: [400], ok: { status: 200, schema: z.object({ matches: z.array(shapes.claimMatch) }) } },
  { method: "get", path: "/api/claims/{id}/matches", summary: "Earlier claims like this one, its linked appearances, and where its verdict was reused from", tag: "Claim intelligence", permission: "article.read", params: ["id"], ok: { status: 200, schema: shapes.claimMatches } },
  { method: "post", path: "/api/claims/{id}/links", summary: "Link this claim with another as the same claim", tag: "Claim intelligence", permission: "claim.create", params: ["id"], body: linkClaimSchema, ok: { status: 200, schema: z.object({ claim: shapes.claim }) } },
  { method: "post", path: "/api/claims/{id}/reuse", summary: "Reuse an earlier claim's verdict, rationale and sources as a draft of this claim (verified afresh)", tag: "Claim intelligence", permission: "claim.edit.own", params: ["id"], body: reuseVerdictSchema, errors: [409], ok: { status: 200, schema: z.object({ claim: shapes.claim }) } },
  { method: "get", path: "/api/claims/{id}", summary: "A claim with its sealed verifications, comments and history", tag: "Claims", permission: "article.read", params: ["id"], ok: { status: 200, schema: shapes.claimDetail } },
  { method: "patch", path: "/api/claims/{id}", summary: "Change a claim's fields (statement, verdict, rationale, …)", tag: "Claims", permission: "claim.edit.own", params: ["id"], body: updateClaimSchema, errors: [409], ok: { status: 200, schema: z.object({ claim: shapes.claim }) } },
  { method: "delete", path: "/api/claims/{id}", summary: "Delete a claim (soft, with a reason)", tag: "Claims", permission: "claim.edit.own", params: ["id"], body: deleteClaimSchema, ok: { status: 200, schema: shapes.deletion } },
  { method: "post", path: "/api/claims/{id}/restore", summary: "Restore a deleted claim", tag: "Claims", permission: "claim.restore", params: ["id"], ok: { status: 200, schema: shapes.deletion } },
  { method: "post", path: "/api/claims/{id}/status", summary: "Move a claim through review (send for review, verify, reject, reopen)", tag: "Claims", permission: "claim.edit.own", params: ["id"], body: changeStatusSchema, errors: [409], ok: { status: 200, schema: z.object({ claim: shapes.claim }) } },
  { method: "post", path: "/api/claims/{id}/sources", summary: "Add a source to a claim", tag: "Claims", permission: "claim.edit.own", params: ["id"], body: sourceSchema, ok: { status: 201, schema: z.object({ claim: shapes.claim }) } },
  { method: "delete", path: "/api/claims/{id}/sources/{sourceId}", summary: "Retract a source (kept in history), with a reason", tag: "Claims", permission: "claim.edit.own", params: ["id", "sourceId"], body: retractSourceSchema, ok: { status: 200, schema: z.object({ claim: shapes.claim }) } },
  { method: "post", path: "/api/claims/{id}/publication", summary: "Publish a verified claim on its public fact-check page, /f/<slug> (409 when it is not verified)", tag: "Publishing", permission: "claim.publish", params: ["id"], errors: [409], ok: { status: 200, schema: z.object({ claim: shapes.claim }) } },
  { method: "delete", path: "/api/claims/{id}/publication", summary: "Take a public fact-check page down, with a reason (410 from then on)", tag: "Publishing", permission: "claim.publish", params: ["id"], body: unpublishSchema, ok: { status: 200, schema: z.object({ claim: shapes.claim }) } },
  { method: "post", path: "/api/articles/{id}/publish", summary: "Publish every verified claim of an article not yet public", tag: "Publishing", permission: "claim.publish", params: ["id"], ok: { status: 200, schema: z.object({ published: z.number().int(), verified: z.number().int() }) } },
  { method: "get", path: "/api/claims/{id}/sources/{sourceId}/archive", summary: "Where a source's archived copy stands", tag: "Evidence", permission: "article.read", params: ["id", "sourceId"], ok: { status: 200, schema: z.object({ archive: shapes.sourceArchive }) } },
  { method: "post", path: "/api/claims/{id}/sources/{sourceId}/archive", summary: "Archive a source's page again (after a failure, or a fresh copy), in the background", tag: "Evidence", permission: "claim.comment", params: ["id", "sourceId"], ok: { status: 202, schema: z.object({ archive: shapes.sourceArchive }) } },
  { method: "get", path: "/api/snapshots/{id}", summary: "An archived copy's original bytes, as a download (SHA-256 in X-Snapshot-Sha256)", tag: "Evidence", permission: "article.read", params: ["id"], ok: { status: 200, media: { "application/octet-stream": "The page as fetched", "application/pdf": "A PDF as fetched" } } },
  { method: "post", path: "/api/claims/{id}/comments", summary: "Comment on a claim (@name mentions notify)", tag: "Claims", permission: "claim.comment", params: ["id"], body: commentSchema, ok: { status: 201, schema: z.object({ comment: shapes.comment }) } },

  { method: "get", path: "/api/export/claims", summary: "Export claims as CSV, JSON, ClaimReview or W3C annotations", tag: "Export", permission: "export.csv", query: exportQuerySchema, ok: { status: 200, description: `A file (format: ${exportFormats.join(", ")})`, media: { "text/csv": "CSV, one row per claim or per source", "application/json": "JSON, ClaimReview or annotations" } } },
  { method: "get", path: "/api/verdicts", summary: "The verdict scale, in order", tag: "Verdicts", permission: "article.read", ok: { status: 200, schema: z.object({ verdicts: z.array(shapes.verdict) }) } },
  { method: "put", path: "/api/verdicts", summary: "Replace the verdict scale", tag: "Verdicts", permission: "verdict.manage", body: scaleSchema, ok: { status: 200, schema: z.object({ verdicts: z.array(shapes.verdict) }) } },
  { method: "post", path: "/api/mentions/read", summary: "Mark all my mentions read", tag: "Mentions", permission: "claim.comment", ok: { status: 200, schema: z.object({ marked: z.number().int() }) } },

  { method: "get", path: "/api/admin/users", summary: "List users", tag: "Admin", permission: "user.manage", ok: { status: 200, schema: z.object({ users: z.array(shapes.user) }) } },
  { method: "post", path: "/api/admin/users", summary: "Create a user", tag: "Admin", permission: "user.manage", body: createUserSchema, ok: { status: 201, schema: z.object({ user: shapes.user }) } },
  { method: "patch", path: "/api/admin/users/{id}", summary: "Change a user's role, disable or enable them, or set a password", tag: "Admin", permission: "user.manage", params: ["id"], body: updateUserSchema, ok: { status: 200, schema: z.object({ user: shapes.user }) } },
  { method: "get", path: "/api/admin/tokens", summary: "Everyone's API tokens", tag: "Admin", permission: "user.manage", sessionOnly: true, ok: { status: 200, schema: z.object({ tokens: z.array(shapes.apiToken) }) } },

  { method: "get", path: "/api/admin/webhooks", summary: "Webhook endpoints, with their deliveries counted by status", tag: "Webhooks", permission: "webhook.manage", ok: { status: 200, schema: z.object({ webhooks: z.array(shapes.webhookEndpoint.extend({ deliveries: z.object({ PENDING: z.number().int(), DELIVERED: z.number().int(), FAILED: z.number().int() }) })) }) } },
  { method: "post", path: "/api/admin/webhooks", summary: "Register a webhook endpoint; its signing secret is in this response only", tag: "Webhooks", permission: "webhook.manage", body: createWebhookSchema, ok: { status: 201, schema: z.object({ endpoint: shapes.webhookEndpoint, secret: z.string().describe("whsec_… — shown once") }) } },
  { method: "patch", path: "/api/admin/webhooks/{id}", summary: "Change an endpoint's address or events, or pause and resume it", tag: "Webhooks", permission: "webhook.manage", params: ["id"], body: updateWebhookSchema, ok: { status: 200, schema: z.object({ webhook: shapes.webhookEndpoint }) } },
  { method: "get", path: "/api/admin/webhooks/{id}/deliveries", summary: "An endpoint's delivery log, newest first", tag: "Webhooks", permission: "webhook.manage", params: ["id"], query: deliveryListQuerySchema, ok: { status: 200, schema: z.object({ endpoint: shapes.webhookEndpoint, deliveries: z.array(shapes.webhookDelivery) }) } },
  { method: "post", path: "/api/admin/webhooks/{id}/deliveries/{deliveryId}/redeliver", summary: "Send a delivery again (same payload and Idempotency-Key)", tag: "Webhooks", permission: "webhook.manage", params: ["id", "deliveryId"], ok: { status: 200, schema: z.object({ delivery: shapes.webhookDelivery }) } },

  { method: "get", path: "/api/claims/{id}/blind-reviews", summary: "The claim's requests for blind verdicts, newest first; each answer only once every answer is in (your own always)", tag: "Blind verdicts", permission: "article.read", params: ["id"], ok: { status: 200, schema: z.object({ blindReviews: z.array(shapes.blindReview) }) } },
  { method: "post", path: "/api/claims/{id}/blind-reviews", summary: "Ask chosen reviewers for independent verdicts on a claim in draft or in review", tag: "Blind verdicts", permission: "blind.request", params: ["id"], body: requestBlindSchema, errors: [409], ok: { status: 201, schema: z.object({ claim: shapes.claim }) } },
  { method: "post", path: "/api/articles/{id}/blind-reviews", summary: "Ask chosen reviewers for independent verdicts on every claim of an article that can take them", tag: "Blind verdicts", permission: "blind.request", params: ["id"], body: requestBlindSchema, ok: { status: 201, schema: z.object({ requested: z.number().int(), skipped: z.number().int() }) } },
  { method: "get", path: "/api/blind-reviews", summary: "The blind verdicts I still owe", tag: "Blind verdicts", permission: "blind.submit", ok: { status: 200, schema: z.object({ pending: z.array(shapes.pendingBlindVerdict) }) } },
  { method: "post", path: "/api/blind-reviews/{id}/verdict", summary: "Give my blind verdict, rationale and sources (sealed once given)", tag: "Blind verdicts", permission: "blind.submit", params: ["id"], body: submitBlindSchema, errors: [409], ok: { status: 200, schema: z.object({ blindReview: shapes.blindReview }) } },
  { method: "post", path: "/api/blind-reviews/{id}/adjudicate", summary: "Settle the final verdict once every blind verdict is in: keep one or write it; the claim goes to In review", tag: "Blind verdicts", permission: "blind.request", params: ["id"], body: adjudicateSchema, errors: [409], ok: { status: 200, schema: z.object({ claim: shapes.claim }) } },
  { method: "post", path: "/api/blind-reviews/{id}/cancel", summary: "Withdraw an open request for blind verdicts, with a reason", tag: "Blind verdicts", permission: "blind.request", params: ["id"], body: cancelBlindSchema, errors: [409], ok: { status: 200, schema: z.object({ claim: shapes.claim }) } },

  { method: "get", path: "/api/dashboard/{chart}", summary: "One desk dashboard chart's numbers as CSV, for a period of days (the last 30 by default)", tag: "Dashboard", permission: "dashboard.read", params: ["chart"], query: periodQuerySchema, ok: { status: 200, media: { "text/csv": `A header row, then the chart's rows. Charts: ${dashboardCharts.join(", ")}` } } },

  { method: "get", path: "/api/notifications", summary: "My notifications (mentions, assignments, reviews asked of me, my verified claims reopened), newest 100, and the unread count", tag: "Account", permission: "article.read", ok: { status: 200, schema: shapes.notificationList } },
  { method: "post", path: "/api/notifications/read", summary: "Mark my notifications read: the ids given, or all", tag: "Account", permission: "article.read", body: markReadSchema, ok: { status: 200, schema: z.object({ marked: z.number().int() }) } },
  { method: "get", path: "/api/notifications/events", summary: "The bell's live unread count, as Server-Sent Events", tag: "Account", permission: "article.read", ok: { status: 200, media: { "text/event-stream": "`event: unread` with data {count}, at once and after each new notification; `event: signed-out` before it closes" } } },
  { method: "put", path: "/api/account/preferences", summary: "My viewer preferences (check-worthiness hints on or off)", tag: "Account", permission: "signed-in", sessionOnly: true, body: preferencesSchema, ok: { status: 200, schema: z.object({ preferences: z.object({ showHints: z.boolean() }) }) } },
  { method: "get", path: "/api/tokens", summary: "My API tokens", tag: "Tokens", permission: "signed-in", sessionOnly: true, ok: { status: 200, schema: z.object({ tokens: z.array(shapes.apiToken) }) } },
  { method: "post", path: "/api/tokens", summary: "Create an API token; the secret is in this response only", tag: "Tokens", permission: "signed-in", sessionOnly: true, body: createApiTokenSchema, ok: { status: 201, schema: z.object({ token: shapes.apiToken, secret: z.string().describe("fct_… — shown once") }) } },
  { method: "delete", path: "/api/tokens/{id}", summary: "Revoke a token (mine; admins: anyone's)", tag: "Tokens", permission: "signed-in", sessionOnly: true, params: ["id"], ok: { status: 200, schema: z.object({ token: shapes.apiToken }) } },
];

let cached: ReturnType<OpenApiGeneratorV31["generateDocument"]> | undefined;

export function openApiDocument() {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "next-auth.session-token",
    description: "The browser session after signing in (`__Secure-next-auth.session-token` over HTTPS). Writes must come from the app's own origin.",
  });
  registry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "A personal access token from the Account page: `Authorization: Bearer fct_…`. It acts as its owner, limited to its scopes (read, write, export, admin), 600 requests a minute by default.",
  });
  for (const op of operations) registry.registerPath(routeConfig(op));
  for (const event of webhookEvents) {
    registry.registerWebhook({
      method: "post",
      path: event,
      summary: webhookEventHelp[event],
      description:
        "POSTed to each active endpoint subscribed to the event. Headers: `Factcheck-Event`, `Factcheck-Delivery` (this delivery), `Idempotency-Key` (the event id: ignore repeats), `Factcheck-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\" with the endpoint's secret>`. Answer 2xx within 10 s; anything else is retried with exponential backoff for 24 hours.",
      request: { body: { content: { "application/json": { schema: z.object({ id: z.string(), type: z.literal(event), createdAt: z.string(), data: z.record(z.string(), z.unknown()) }) } } } },
      responses: { 200: { description: "Received (any 2xx)" } },
    });
  }
  cached = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Factcheck API",
      version: "1",
      description: "Articles, claims, verdicts and exports of a fact-checking desk. Every route answers errors in one shape (`Error`).",
    },
    servers: [{ url: "/" }],
  });
  return cached;
}
