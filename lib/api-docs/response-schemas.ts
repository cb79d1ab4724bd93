/**
 * The shapes our JSON routes answer with, for the OpenAPI document. Each is checked against the
 * type the code really returns (see the assignments at the end: the build fails when a DTO
 * loses or retypes a documented field), and the contract test checks real responses against
 * the document. Objects allow extra properties: clients must ignore fields they do not know.
 */
import { z } from "zod";
import type { ApiTokenDto } from "@/lib/api-tokens/manage-api-tokens";
import type { ArticleListItem } from "@/lib/articles/list-articles";
import type { ClaimSummary } from "@/lib/claims/claim-summary";
import type { PackedClaimSummaries } from "@/lib/claims/packed-summaries";
import type { ClaimDto } from "@/lib/claims/dto";
import type { ClaimDetailDto } from "@/lib/claims/get-claim-detail";
import type { BlindReviewDto } from "@/lib/blind-reviews/blind-review-dto";
import type { PendingBlindVerdictDto } from "@/lib/blind-reviews/list-blind-reviews";
import { anchorStates, claimStatuses, confidenceLevels, rejectionReasons, roles, sourceKinds, sourceStances, verdictTones, notificationKinds } from "@/lib/enums";
import type { EditResult } from "@/lib/articles/edit-article-text";
import type { FetchedArticleDto } from "@/lib/articles/fetch-article-page";
import type { ArticleTextDto } from "@/lib/articles/get-article";
import type { SourceArchiveDto } from "@/lib/snapshots/archive-source";
import type { VerdictDto } from "@/lib/verdicts/list-verdicts";
import { tokenScopes } from "@/lib/auth/permissions";
import type { RevisionHints } from "@/lib/claim-hints/list-hints";
import type { PresentPerson } from "@/lib/live/presence";
import type { NotificationDto } from "@/lib/notifications/list-notifications";
import type { ClaimMatchesDto } from "@/lib/claim-matching/claim-matches";
import type { ClaimSearchResult } from "@/lib/claim-search/search-claims";
import { webhookEvents } from "@/lib/webhooks/events";
import type { WebhookDeliveryDto, WebhookEndpointDto } from "@/lib/webhooks/manage-webhooks";

const id = z.string().min(1);
const timestamp = z.string().describe("ISO 8601 date and time, UTC");
const day = z.string().describe("YYYY-MM-DD");
const person = z.object({ id, name: z.string() });

export const errorBody = z
  .object({
    error: z.object({
      code: z.enum(["bad_request", "unauthenticated", "forbidden", "not_found", "conflict", "payload_too_large", "unsupported_media_type", "validation", "rate_limited", "unavailable", "internal"]),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional().describe("A message per invalid field (validation errors)"),
      ref: z.string().optional().describe("Reference of an internal error, as logged"),
    }),
    current: z.unknown().optional().describe("On 409: the record as it is now"),
  })
  .meta({ id: "Error" });

export const verdict = z.object({ id, label: z.string(), position: z.number().int(), rating: z.number().int().nullable(), tone: z.enum(verdictTones) }).meta({ id: "Verdict" });

export const source = z
  .object({
    id,
    url: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    quotedPassage: z.string().nullable(),
    accessedAt: day.nullable(),
    kind: z.enum(sourceKinds),
    stance: z.enum(sourceStances),
    archiveStatus: z.enum(["NONE", "PENDING", "ARCHIVED", "FAILED"]).describe("The evidence locker's copy of the page"),
    archiveError: z.string().nullable(),
    passageFound: z.boolean().nullable().describe("false: the quoted passage is not in the archived copy"),
    snapshot: z.object({ id, capturedAt: timestamp, sha256: z.string() }).nullable(),
  })
  .meta({ id: "Source" });

export const claim = z
  .object({
    id,
    articleId: id,
    revisionId: id,
    quote: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    startOffset: z.number().int(),
    endOffset: z.number().int(),
    occurrence: z.number().int(),
    anchorState: z.enum(anchorStates),
    statement: z.string(),
    claimant: z.string().nullable(),
    claimDate: day.nullable(),
    tags: z.array(z.string()),
    status: z.enum(claimStatuses),
    verdict: verdict.nullable(),
    verdictSetBy: person.nullable(),
    rationale: z.string().nullable(),
    confidence: z.enum(confidenceLevels).nullable(),
    rejectionReason: z.enum(rejectionReasons).nullable(),
    assignee: person.nullable(),
    createdBy: person,
    verifiedBy: person.nullable(),
    verifiedAt: timestamp.nullable(),
    verification: z.object({ id, hash: z.string(), revisionNumber: z.number().int(), verifiedAt: timestamp }).nullable(),
    deletedAt: timestamp.nullable(),
    version: z.number().int().describe("Send it back with a change: a stale version gets 409"),
    createdAt: timestamp,
    updatedAt: timestamp,
    sources: z.array(source),
    commentCount: z.number().int(),
    publication: z
      .object({ slug: z.string(), path: z.string().describe("The public fact-check page, /f/<slug>"), publishedAt: timestamp, unpublished: z.boolean() })
      .nullable()
      .describe("The page is up while published and the claim is Verified"),
    blindReview: z
      .object({ id, complete: z.boolean().describe("Every verdict is in: an editor can adjudicate") })
      .nullable()
      .describe("The open request for blind verdicts. Its named reviewers see no verdict, rationale or sources on this claim until every verdict is in"),
  })
  .meta({ id: "Claim" });

export const claimSummary = z
  .object({
    id,
    revisionId: id,
    startOffset: z.number().int(),
    endOffset: z.number().int(),
    anchorState: z.enum(anchorStates),
    status: z.enum(claimStatuses),
    verdictId: id.nullable(),
    assigneeId: id.nullable(),
    statement: z.string().describe("At most 160 characters; the claim itself has it whole"),
    orphanQuote: z.string().nullable(),
  })
  .meta({ id: "ClaimSummary" });

const indexes = (of: string) => z.array(z.number().int()).describe(`By claim: the place in ${of} (0-based), -1 for none`);
export const packedClaimSummaries = z
  .object({
    ids: z.array(id).describe("The claims in reading order; every other list is by the same position"),
    revisionIds: z.array(id),
    revision: indexes("revisionIds"),
    start: z.array(z.number().int()),
    end: z.array(z.number().int()),
    anchorState: z.array(z.number().int()).describe(`By claim: the place in [${anchorStates.join(", ")}]`),
    status: z.array(z.number().int()).describe(`By claim: the place in [${claimStatuses.join(", ")}]`),
    verdictIds: z.array(id),
    verdict: indexes("verdictIds"),
    assigneeIds: z.array(id),
    assignee: indexes("assigneeIds"),
    statement: z.array(z.string().nullable()).describe("null where the statement is the text between start and end of the revision asked for; else its first 161 characters"),
    orphanQuotes: z.record(z.string(), z.string()).describe("By position in ids, for orphaned claims only: the start of the quote the text no longer shows"),
  })
  .meta({ id: "PackedClaimSummaries" });

export const claimPage = z.object({ claims: z.array(claimSummary), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

export const comment = z.object({ id, body: z.string(), createdAt: timestamp, author: person }).meta({ id: "Comment" });

const blindVerdict = z
  .object({
    id,
    reviewer: person,
    verdict: verdict.pick({ id: true, label: true, tone: true, rating: true }).nullable(),
    rationale: z.string().nullable(),
    sources: z.array(z.object({ url: z.string(), title: z.string(), stance: z.enum(sourceStances) })),
    submittedAt: timestamp,
  })
  .meta({ id: "BlindVerdict" });

export const blindReview = z
  .object({
    id,
    claimId: id,
    state: z.enum(["collecting", "complete", "adjudicated", "cancelled"]),
    requestedBy: person,
    createdAt: timestamp,
    completedAt: timestamp.nullable().describe("When the last verdict came in"),
    adjudicatedAt: timestamp.nullable(),
    adjudicatedBy: person.nullable(),
    finalVerdict: verdict.pick({ id: true, label: true, tone: true, rating: true }).nullable(),
    finalRationale: z.string().nullable(),
    cancelledBy: person.nullable(),
    cancelReason: z.string().nullable(),
    reviewers: z.array(person.extend({ submitted: z.boolean(), pending: z.boolean().describe("Still owes a verdict on an open request") })),
    verdicts: z.array(blindVerdict).describe("Every verdict once all are in; before that, only your own"),
  })
  .meta({ id: "BlindReview" });

export const pendingBlindVerdict = z
  .object({ reviewId: id, requestedAt: timestamp, requestedBy: z.string(), claim: z.object({ id, statement: z.string(), article: z.object({ slug: z.string(), title: z.string() }) }) })
  .meta({ id: "PendingBlindVerdict" });

export const claimDetail = z
  .object({
    claim,
    verifications: z.array(
      z.object({
        id,
        verifiedAt: timestamp,
        revisionNumber: z.number().int(),
        hash: z.string().describe("SHA-256 of the canonical sealed content"),
        content: z.record(z.string(), z.unknown()).describe("The sealed content: verdict, rationale, anchor, sources, who and when"),
        verifiedBy: person,
      }),
    ),
    comments: z.array(comment),
    history: z.array(z.object({ id, field: z.string(), oldValue: z.unknown(), newValue: z.unknown(), reason: z.string().nullable(), createdAt: timestamp, actor: person.nullable() })),
    blindReviews: z.array(blindReview).describe("Requests for blind verdicts on this claim, newest first"),
  })
  .meta({ id: "ClaimDetail" });

const statusCounts = z.object(Object.fromEntries(claimStatuses.map((status) => [status, z.number().int()])) as Record<(typeof claimStatuses)[number], z.ZodNumber>);

export const articleListItem = z
  .object({
    id,
    slug: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: z.unknown().describe("Date of publication (ISO 8601) or null"),
    createdAt: z.unknown().describe("ISO 8601"),
    claims: z.object({ byStatus: statusCounts, total: z.number().int(), verified: z.number().int() }),
  })
  .meta({ id: "ArticleListItem" });

export const articleRef = z.object({ id, slug: z.string(), title: z.string() }).meta({ id: "ArticleRef" });
export const articleMetadata = z.object({ id, slug: z.string(), title: z.string(), outlet: z.string().nullable(), author: z.string().nullable(), url: z.string().nullable(), publishedAt: day.nullable() });
export const articleText = articleMetadata
  .extend({ revision: z.object({ id, number: z.number().int(), text: z.string().describe("Plain text; claim offsets count UTF-16 code units in it"), createdAt: timestamp }) })
  .meta({ id: "ArticleText" });
export const deletion = z.object({ id, deleted: z.boolean() });

export const editResult = z
  .object({
    revisionNumber: z.number().int(),
    unchanged: z.boolean(),
    anchored: z.number().int(),
    needsReview: z.number().int(),
    orphaned: z.number().int(),
    reopened: z.number().int(),
    flagged: z.array(z.record(z.string(), z.unknown())),
  })
  .meta({ id: "EditResult" });

export const user = z.object({ id, email: z.string(), name: z.string(), role: z.enum(roles), disabledAt: timestamp.nullable(), createdAt: timestamp }).meta({ id: "User" });

export const apiToken = z
  .object({
    id,
    name: z.string(),
    scopes: z.array(z.enum(tokenScopes)),
    prefix: z.string().describe("The secret's first characters"),
    createdAt: timestamp,
    expiresAt: timestamp,
    lastUsedAt: timestamp.nullable(),
    revokedAt: timestamp.nullable(),
    user: z.object({ id, name: z.string(), email: z.string() }),
  })
  .meta({ id: "ApiToken" });

export const webhookEndpoint = z
  .object({
    id,
    url: z.string(),
    description: z.string().nullable(),
    events: z.array(z.enum(webhookEvents)),
    active: z.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "WebhookEndpoint" });

export const webhookDelivery = z
  .object({
    id,
    eventId: z.string().describe("Sent as Idempotency-Key"),
    event: z.enum(webhookEvents),
    status: z.enum(["PENDING", "DELIVERED", "FAILED"]),
    attempts: z.number().int(),
    lastStatus: z.number().int().nullable().describe("The receiver's HTTP status at the last attempt"),
    lastError: z.string().nullable(),
    lastAttemptAt: timestamp.nullable(),
    nextAttemptAt: timestamp.nullable(),
    deliveredAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "WebhookDelivery" });

export const fetchedPage = z
  .object({
    snapshotId: id,
    finalUrl: z.string().describe("The address after redirects"),
    capturedAt: timestamp,
    sha256: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: day.nullable(),
    words: z.number().int(),
    excerpt: z.string(),
  })
  .meta({ id: "FetchedPage" });

export const sourceArchive = z
  .object({
    id,
    archiveStatus: z.enum(["NONE", "PENDING", "ARCHIVED", "FAILED"]),
    archiveError: z.string().nullable(),
    passageFound: z.boolean().nullable(),
    snapshot: z.object({ id, capturedAt: timestamp, sha256: z.string() }).nullable(),
  })
  .meta({ id: "SourceArchive" });

const hintReason = z.object({ kind: z.string(), label: z.string(), words: z.array(z.string()) });
export const revisionHints = z
  .object({
    revisionId: id,
    state: z.enum(["scoring", "ready", "failed"]),
    message: z.string().nullable(),
    hints: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), score: z.number(), reasons: z.array(hintReason) })),
  })
  .meta({ id: "RevisionHints" });

export const claimMatch = z
  .object({
    claimId: id,
    quote: z.string(),
    statement: z.string(),
    status: z.enum(claimStatuses),
    verdict: z.object({ id, label: z.string(), tone: z.string() }).nullable(),
    article: z.object({ id, slug: z.string(), title: z.string() }),
    createdAt: timestamp,
    score: z.number().describe("0–1: 0.6 × trigram similarity + 0.4 × share of words"),
    strength: z.enum(["same", "similar"]),
  })
  .meta({ id: "ClaimMatch" });

const linkedClaim = z.object({ claimId: id, statement: z.string(), status: z.string(), verdictLabel: z.string().nullable(), article: z.object({ slug: z.string(), title: z.string(), url: z.string().nullable() }), createdAt: timestamp });
export const claimMatches = z
  .object({
    matches: z.array(claimMatch).nullable().describe("Null when matching is unavailable"),
    linked: z.array(linkedClaim),
    reusedFrom: linkedClaim.nullable(),
    verdictsHidden: z.boolean().describe("True when the reader owes a blind verdict on the claim: every verdict given elsewhere is left out (null)"),
  })
  .meta({ id: "ClaimMatches" });

export const claimSearchResult = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    hits: z.array(
      z.object({
        id,
        quoteMarked: z.string().describe("The quote, matched words between U+0002 and U+0003"),
        statementMarked: z.string(),
        status: z.enum(claimStatuses),
        verdictId: z.string().nullable(),
        assigneeId: z.string().nullable(),
        tags: z.array(z.string()),
        article: z.object({ id, slug: z.string(), title: z.string() }),
        createdAt: timestamp,
        rank: z.number(),
      }),
    ),
  })
  .meta({ id: "ClaimSearchResult" });

export const presentPerson = z
  .object({ userId: id, name: z.string(), initials: z.string(), claimId: z.string().nullable().describe("The claim open in their latest tab"), editing: z.boolean().describe("Unsaved edits in that claim") })
  .meta({ id: "PresentPerson" });

export const notificationList = z
  .object({
    unread: z.number().int(),
    notifications: z.array(
      z.object({
        id,
        kind: z.enum(notificationKinds),
        unread: z.boolean(),
        actorName: z.string().nullable(),
        createdAt: timestamp,
        claim: z.object({ id, statement: z.string(), article: z.object({ slug: z.string(), title: z.string() }) }),
      }),
    ),
  })
  .meta({ id: "Notifications" });

// Compile-time: what the code returns must fit what the document promises.
type Fits<Actual extends Expected, Expected> = Actual;
type Json<T> = T extends Date ? string : T extends (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;
export type DocumentedShapes = [
  Fits<ClaimDto, z.input<typeof claim>>,
  Fits<ClaimSummary, z.input<typeof claimSummary>>,
  Fits<PackedClaimSummaries, z.input<typeof packedClaimSummaries>>,
  Fits<Json<ClaimDetailDto>, z.input<typeof claimDetail>>,
  Fits<Json<ArticleListItem>, z.input<typeof articleListItem>>,
  Fits<EditResult, z.input<typeof editResult>>,
  Fits<ArticleTextDto, z.input<typeof articleText>>,
  Fits<FetchedArticleDto, z.input<typeof fetchedPage>>,
  Fits<SourceArchiveDto, z.input<typeof sourceArchive>>,
  Fits<VerdictDto, z.input<typeof verdict>>,
  Fits<Json<ApiTokenDto>, z.input<typeof apiToken>>,
  Fits<Json<Omit<WebhookEndpointDto, "deliveries">>, z.input<typeof webhookEndpoint>>,
  Fits<Json<Omit<WebhookDeliveryDto, "event">>, Omit<z.input<typeof webhookDelivery>, "event">>,
  Fits<RevisionHints, z.input<typeof revisionHints>>,
  Fits<PresentPerson, z.input<typeof presentPerson>>,
  Fits<{ unread: number; notifications: NotificationDto[] }, z.input<typeof notificationList>>,
  Fits<ClaimMatchesDto, z.input<typeof claimMatches>>,
  Fits<Omit<ClaimSearchResult, "query">, z.input<typeof claimSearchResult>>,
  Fits<BlindReviewDto, z.input<typeof blindReview>>,
  Fits<PendingBlindVerdictDto, z.input<typeof pendingBlindVerdict>>,
];
