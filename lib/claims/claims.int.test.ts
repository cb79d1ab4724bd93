import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { expectAppError } from "@/tests/support/app-error";
import { makeArticle, repeatedSentence, selectionOf } from "@/tests/support/article-factory";
import { makeUser } from "@/tests/support/factories";
import { addComment } from "@/lib/comments/add-comment";
import { addSource } from "./sources";
import { changeClaimStatus } from "./change-claim-status";
import { createClaim } from "./create-claim";
import { listMentions, markMentionsRead } from "@/lib/comments/list-mentions";
import { getClaimDetail } from "./get-claim-detail";
import { updateClaim } from "./update-claim";


const source = { url: "https://example.org/model", title: "Travel model", kind: "PRIMARY_DATA", stance: "SUPPORTS" };

async function setup() {
  const reviewer = await makeUser("REVIEWER");
  const editor = await makeUser("EDITOR");
  const article = await makeArticle(reviewer);
  const claim = await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, repeatedSentence, 1) } });
  return { reviewer, editor, article, claim };
}

describe("creating claims", () => {
  it("anchors to the selected copy of a repeated sentence, with context, and writes history", async () => {
    const { article, claim } = await setup();
    expect(claim).toMatchObject({ quote: repeatedSentence, occurrence: 1, status: "DRAFT", statement: repeatedSentence, version: 1 });
    expect(claim.startOffset).toBe(selectionOf(article.text, repeatedSentence, 1).start);
    expect(claim.prefix.endsWith("defended the estimate. ")).toBe(true);
    const history = await db.claimEvent.findMany({ where: { claimId: claim.id } });
    expect(history.map((e) => e.field)).toEqual(["created"]);
  });

  it("answers with the claim exactly as reading it back gives it (built without reading it back)", async () => {
    const { claim, reviewer } = await setup();
    expect(claim).toEqual((await getClaimDetail({ actor: reviewer, claimId: claim.id })).claim);
    const events = await db.deskEvent.findMany({ where: { claimId: claim.id } });
    expect(events.map((e) => [e.kind, e.articleId, e.actorName])).toEqual([["claim.created", claim.articleId, reviewer.name]]);
  });

  it("anchors a quote sent alone (API clients) where it occurs once, and refuses an absent or repeated one", async () => {
    const { reviewer, article } = await setup();
    const quote = "Routes would fall from 41 to 29";
    const claim = await createClaim({ actor: reviewer, articleId: article.id, input: { exact: quote } });
    expect(claim).toMatchObject({ quote, revisionId: article.revisionId, startOffset: article.text.indexOf(quote), endOffset: article.text.indexOf(quote) + quote.length });
    const before = await db.claim.count({ where: { articleId: article.id } });
    expect((await expectAppError(createClaim({ actor: reviewer, articleId: article.id, input: { exact: repeatedSentence } }))).fields?.exact).toMatch(/more than once/);
    expect((await expectAppError(createClaim({ actor: reviewer, articleId: article.id, input: { exact: "Not in the article" } }))).fields?.exact).toMatch(/not in the article/);
    expect((await expectAppError(createClaim({ actor: reviewer, articleId: article.id, input: { exact: quote, start: 3 } }))).fields?.start).toMatch(/together/);
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(before);
  });

  it("keeps curly quotes, dashes, NBSP and emoji exactly in the stored quote", async () => {
    const { reviewer, article } = await setup();
    const quote = "$48\u00a0million plan.";
    const withNbsp = await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, quote) } });
    expect(withNbsp.quote).toBe(quote);
    const emoji = await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, "41 to 29 🚌") } });
    expect(emoji.quote).toBe("41 to 29 🚌");
    expect(emoji.endOffset - emoji.startOffset).toBe(11);
  });

  it.each([
    ["an empty selection", () => ({ start: 5, end: 5, exact: "x" }), "end"],
    ["a selection outside the article", () => ({ start: -3, end: 4, exact: "RIVE" }), "start"],
    ["offsets past the end", (t: string) => ({ start: t.length - 2, end: t.length + 10, exact: "x." }), "end"],
    ["a quote that does not match its offsets", () => ({ start: 0, end: 9, exact: "SOMETHING" }), "exact"],
  ])("refuses %s with a field message and writes nothing", async (_label, selection, field) => {
    const { reviewer, article } = await setup();
    const before = await db.claim.count();
    const error = await expectAppError(createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selection(article.text) } }));
    expect(error.code).toBe("validation");
    expect(error.fields).toHaveProperty(field);
    expect(await db.claim.count()).toBe(before);
  });

  it("refuses a selection made on an older revision", async () => {
    const { reviewer, article } = await setup();
    const error = await expectAppError(createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: "old", ...selectionOf(article.text, "Routes") } }));
    expect(error.code).toBe("conflict");
  });
});

describe("editing claims", () => {
  it("saves fields with one history row each and bumps the version", async () => {
    const { reviewer, claim } = await setup();
    const updated = await updateClaim({
      actor: reviewer,
      claimId: claim.id,
      input: { version: 1, changes: { claimant: "Priya Nair", claimDate: "2026-10-14", tags: ["transit"], verdictId: "verdict_mostly_true", rationale: "The model supports it." } },
    });
    expect(updated).toMatchObject({ version: 2, claimant: "Priya Nair", claimDate: "2026-10-14", tags: ["transit"], verdict: { label: "Mostly true" }, verdictSetBy: { id: reviewer.id } });
    const fields = (await db.claimEvent.findMany({ where: { claimId: claim.id, field: { not: "created" } } })).map((e) => e.field).sort();
    expect(fields).toEqual(["claimDate", "claimant", "rationale", "tags", "verdictId"]);
  });

  it("answers a stale version with 409 and the current claim, overwriting nothing", async () => {
    const { reviewer, editor, claim } = await setup();
    await updateClaim({ actor: editor, claimId: claim.id, input: { version: 1, changes: { statement: "Editor's wording" } } });
    const conflict = await expectAppError(updateClaim({ actor: reviewer, claimId: claim.id, input: { version: 1, changes: { statement: "Reviewer's wording" } } }));
    expect(conflict.code).toBe("conflict");
    expect(conflict.details?.current).toMatchObject({ statement: "Editor's wording", version: 2 });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).statement).toBe("Editor's wording");
  });

  it("lets exactly one of many concurrent saves with the same version win", async () => {
    const { editor, claim } = await setup();
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => updateClaim({ actor: editor, claimId: claim.id, input: { version: 1, changes: { statement: `Version ${i}` } } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected.every((r) => r.reason instanceof AppError && r.reason.code === "conflict")).toBe(true);
    expect(await db.claimEvent.count({ where: { claimId: claim.id, field: "statement" } })).toBe(1);
  });

  it.each([
    ["an over-long rationale", { verdictId: "verdict_false", rationale: "x".repeat(5001) }, "changes.rationale"],
    ["an unknown verdict", { verdictId: "verdict_maybe", rationale: "why" }, "verdictId"],
    ["a verdict without a rationale", { verdictId: "verdict_false" }, "rationale"],
    ["an empty statement", { statement: "  " }, "changes.statement"],
    ["a status smuggled into the fields", { status: "VERIFIED" }, "changes"],
    ["a verifier smuggled into the fields", { verifiedById: "someone" }, "changes"],
  ])("refuses %s with a field message and changes nothing", async (_label, changes, field) => {
    const { reviewer, claim } = await setup();
    const error = await expectAppError(updateClaim({ actor: reviewer, claimId: claim.id, input: { version: 1, changes } }));
    expect(error.code).toBe("validation");
    expect(error.fields).toHaveProperty(field);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ version: 1, status: "DRAFT", verdictId: null, verifiedById: null });
  });

  it("keeps reviewers off other people's drafts and off claims in review", async () => {
    const { reviewer, claim, editor } = await setup();
    const other = await makeUser("REVIEWER");
    expect((await expectAppError(updateClaim({ actor: other, claimId: claim.id, input: { version: 1, changes: { statement: "Mine now" } } }))).code).toBe("forbidden");
    expect((await expectAppError(addSource({ actor: other, claimId: claim.id, input: source }))).code).toBe("forbidden");
    await changeClaimStatus({ actor: reviewer, claimId: claim.id, input: { version: 1, status: "IN_REVIEW" } });
    expect((await expectAppError(updateClaim({ actor: reviewer, claimId: claim.id, input: { version: 2, changes: { statement: "Late edit" } } }))).code).toBe("forbidden");
    await expect(updateClaim({ actor: editor, claimId: claim.id, input: { version: 2, changes: { statement: "Editor edit" } } })).resolves.toMatchObject({ version: 3 });
  });

  it("accepts only http(s) source URLs", async () => {
    const { reviewer, claim } = await setup();
    for (const url of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "ftp://example.org", "not a url"]) {
      const error = await expectAppError(addSource({ actor: reviewer, claimId: claim.id, input: { ...source, url } }));
      expect(error.fields).toHaveProperty("url");
    }
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(0);
  });
});

describe("review workflow", () => {
  async function readyForVerification() {
    const context = await setup();
    const { reviewer, claim } = context;
    await updateClaim({ actor: reviewer, claimId: claim.id, input: { version: 1, changes: { verdictId: "verdict_mostly_true", rationale: "Matches the model." } } });
    const withSource = await addSource({ actor: reviewer, claimId: claim.id, input: source });
    const inReview = await changeClaimStatus({ actor: reviewer, claimId: claim.id, input: { version: withSource.version, status: "IN_REVIEW" } });
    return { ...context, version: inReview.version };
  }

  it("lets an editor who did not set the verdict verify, and records who and when", async () => {
    const { editor, claim, version } = await readyForVerification();
    const verified = await changeClaimStatus({ actor: editor, claimId: claim.id, input: { version, status: "VERIFIED" } });
    expect(verified).toMatchObject({ status: "VERIFIED", verifiedBy: { id: editor.id } });
    expect(verified.verifiedAt).not.toBeNull();
  });

  it("never lets a reviewer verify, nor the editor who set the verdict", async () => {
    const { reviewer, editor, claim, version } = await readyForVerification();
    expect((await expectAppError(changeClaimStatus({ actor: reviewer, claimId: claim.id, input: { version, status: "VERIFIED" } }))).code).toBe("forbidden");
    await updateClaim({ actor: editor, claimId: claim.id, input: { version, changes: { verdictId: "verdict_half_true" } } });
    expect((await expectAppError(changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: version + 1, status: "VERIFIED" } }))).code).toBe("forbidden");
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_REVIEW");
  });

  it("needs a source to verify", async () => {
    const { reviewer, editor, claim } = await setup();
    await updateClaim({ actor: reviewer, claimId: claim.id, input: { version: 1, changes: { verdictId: "verdict_false", rationale: "No." } } });
    const inReview = await changeClaimStatus({ actor: reviewer, claimId: claim.id, input: { version: 2, status: "IN_REVIEW" } });
    const error = await expectAppError(changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: inReview.version, status: "VERIFIED" } }));
    expect(error.fields).toHaveProperty("sources");
  });

  it("rejects with a reason", async () => {
    const { editor, claim } = await setup();
    expect((await expectAppError(changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: 1, status: "REJECTED" } }))).fields).toHaveProperty("rejectionReason");
    const rejected = await changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: 1, status: "REJECTED", rejectionReason: "NOT_CHECK_WORTHY" } });
    expect(rejected).toMatchObject({ status: "REJECTED", rejectionReason: "NOT_CHECK_WORTHY" });
  });

  it("shows the whole history with who, what and when", async () => {
    const { editor, claim, version } = await readyForVerification();
    await changeClaimStatus({ actor: editor, claimId: claim.id, input: { version, status: "VERIFIED" } });
    const { history } = await getClaimDetail({ actor: editor, claimId: claim.id });
    const fields = history.map((h) => h.field);
    expect(fields.slice(0, 3)).toEqual(["status", "status", "sources"]);
    // Fields saved together share a timestamp; their order among themselves is not meaningful.
    expect(fields.slice(3, 5).sort()).toEqual(["rationale", "verdictId"]);
    expect(fields[5]).toBe("created");
    expect(history[0]).toMatchObject({ oldValue: "IN_REVIEW", newValue: "VERIFIED", actor: { id: editor.id } });
  });
});

describe("comments", () => {
  it("notifies the people mentioned", async () => {
    const { reviewer, editor, claim } = await setup();
    const handle = editor.email.split("@")[0];
    await addComment({ actor: reviewer, claimId: claim.id, input: { body: `@${handle} can you check the model? @nobody` } });
    const mentions = await listMentions({ actor: editor });
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ unread: true, author: { name: reviewer.name }, claim: { id: claim.id } });
    expect((await listMentions({ actor: editor }))[0].unread).toBe(true); // looking is not reading
    expect(await markMentionsRead({ actor: editor })).toBe(1);
    expect((await listMentions({ actor: editor }))[0].unread).toBe(false);
    expect(await listMentions({ actor: reviewer })).toEqual([]);
  });
});
