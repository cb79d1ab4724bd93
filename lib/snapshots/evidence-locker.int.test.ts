import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fetchArticlePage } from "@/lib/articles/fetch-article-page";
import { importArticle } from "@/lib/articles/import-article";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { createClaim } from "@/lib/claims/create-claim";
import { addSource } from "@/lib/claims/sources";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { exportClaims } from "@/lib/export/export-claims";
import type { SealedContent } from "@/lib/verifications/sealed-content";
import { expectAppError } from "@/tests/support/app-error";
import { makeUser } from "@/tests/support/factories";
import { fixtureArticle, startPageServer } from "@/tests/support/page-server";
import { archiveSource, retryArchive } from "./archive-source";

let pages: Awaited<ReturnType<typeof startPageServer>>;
beforeAll(async () => {
  pages = await startPageServer();
});
afterAll(() => pages.close());
beforeEach(() => {
  process.env.FETCH_ALLOW_PRIVATE = "true"; // the fixture server is on loopback
  process.env.FETCH_TIMEOUT_MS = "1000";
});

const snapshots = () => db.snapshot.count();

describe("import by URL", () => {
  it("fetches and reads the page, keeps a snapshot, pre-fills the details, and imports its text", async () => {
    const editor = await makeUser("EDITOR");
    const page = await fetchArticlePage({ actor: editor, input: { url: pages.url("/redirect/2") } });
    expect(page).toMatchObject({
      finalUrl: pages.url("/article"),
      title: fixtureArticle.title,
      outlet: fixtureArticle.siteName,
      author: "Lena Okafor",
      publishedAt: "2026-11-02",
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const snapshot = await db.snapshot.findUniqueOrThrow({ where: { id: page.snapshotId } });
    expect(snapshot).toMatchObject({ requestedUrl: pages.url("/redirect/2"), finalUrl: pages.url("/article"), status: 200, contentType: "text/html" });
    expect(snapshot.text).toContain("the largest increase since 2011");
    expect(snapshot.readableHtml).not.toMatch(/<script|<nav|Home/);

    const article = await importArticle({
      actor: editor,
      input: { metadata: { title: page.title, outlet: page.outlet, author: "Lena Okafor", url: page.finalUrl, publishedAt: page.publishedAt }, snapshotId: page.snapshotId },
    });
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { revisions: true } });
    expect(stored.snapshotId).toBe(page.snapshotId);
    expect(stored.revisions[0].text).toContain(fixtureArticle.paragraphs[2]);
    expect(stored.revisions[0].text).not.toContain("© The Harbour Post");
  });

  it("says what went wrong with a page, field by field, and writes nothing", async () => {
    const editor = await makeUser("EDITOR");
    const before = await snapshots();
    const reason = async (path: string) => (await expectAppError(fetchArticlePage({ actor: editor, input: { url: pages.url(path) } }))).fields?.url;
    expect(await reason("/loop/a")).toBe("The page redirects in a loop");
    expect(await reason("/redirect/7")).toBe("More than 5 redirects");
    expect(await reason("/slow")).toMatch(/No answer within 1000 ms/);
    expect(await reason("/huge")).toBe("The page is larger than 5 MB");
    expect(await reason("/report.pdf")).toMatch(/not a web page \(application\/pdf\)/);
    expect(await reason("/image.png")).toMatch(/not a web page \(image\/png\)/);
    expect(await reason("/gone")).toBe("The page answered 404");
    expect(await reason("/no-article")).toMatch(/could not find an article.*Paste its text/);
    expect((await expectAppError(fetchArticlePage({ actor: editor, input: { url: "ftp://example.org/x" } }))).fields?.url).toMatch(/http/);
    expect((await expectAppError(fetchArticlePage({ actor: editor, input: { url: "http://127.0.0.1:1/nothing" } }))).fields?.url).toMatch(/Could not fetch/);
    delete process.env.FETCH_ALLOW_PRIVATE;
    expect(await reason("/article")).toMatch(/127\.0\.0\.1 is not a public address/);
    expect(await snapshots()).toBe(before);
  });
});

async function draftWithSource(url: string, quotedPassage?: string) {
  const reviewer = await makeUser("REVIEWER");
  const article = await importArticle({ actor: reviewer, input: { metadata: { title: "Fares" }, format: "text", text: fixtureArticle.paragraphs.join("\n") } });
  const claim = await createClaim({ actor: reviewer, articleId: article.id, input: { exact: "rise by 12% on 1 March" } });
  const withSource = await addSource({ actor: reviewer, claimId: claim.id, input: { url, title: "Authority notice", quotedPassage } });
  return { reviewer, article, claim: withSource, source: withSource.sources[0] };
}

describe("the evidence locker", () => {
  it("archives a source's page in the background, with its hash, and finds the quoted passage", async () => {
    const { claim, source } = await draftWithSource(pages.url("/article"), "“Risen by more than a third”");
    expect(source.archiveStatus).toBe("PENDING");
    expect((await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = ${`archive:${source.id}`}`)[0].n).toBe(1);
    await archiveSource({ sourceId: source.id });
    const archived = await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { snapshot: true } });
    expect(archived).toMatchObject({ archiveStatus: "ARCHIVED", archiveError: null, passageFound: true });
    expect(archived.snapshot).toMatchObject({ finalUrl: pages.url("/article"), status: 200, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(claim.sources).toHaveLength(1);
  });

  it("flags a quoted passage that is not in the archived copy", async () => {
    const { source } = await draftWithSource(pages.url("/article"), "fuel costs fell by a third");
    await archiveSource({ sourceId: source.id });
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ archiveStatus: "ARCHIVED", passageFound: false });
  });

  it("stores a PDF as a file with its hash, and keeps a failed source with the reason and a retry", async () => {
    const pdf = await draftWithSource(pages.url("/report.pdf"), "fuel costs rose 35%");
    await archiveSource({ sourceId: pdf.source.id });
    const stored = await db.source.findUniqueOrThrow({ where: { id: pdf.source.id }, include: { snapshot: true } });
    expect(stored).toMatchObject({ archiveStatus: "ARCHIVED", passageFound: null });
    expect(stored.snapshot).toMatchObject({ contentType: "application/pdf", text: null });
    expect(Buffer.from(stored.snapshot!.body).toString("utf8")).toContain("%PDF-1.4");

    const gone = await draftWithSource(pages.url("/gone"));
    await archiveSource({ sourceId: gone.source.id });
    expect(await db.source.findUniqueOrThrow({ where: { id: gone.source.id } })).toMatchObject({ archiveStatus: "FAILED", archiveError: "The page answered 404", retractedAt: null });
    const retried = await retryArchive({ actor: gone.reviewer, claimId: gone.claim.id, sourceId: gone.source.id });
    expect(retried).toMatchObject({ archiveStatus: "PENDING", archiveError: null });
  });

  it("keeps every copy as it was: a page that changed gets a second snapshot, the first is untouched and cannot be changed", async () => {
    const { reviewer, claim, source } = await draftWithSource(pages.url("/changing"));
    await archiveSource({ sourceId: source.id });
    const first = await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { snapshot: true } });
    await retryArchive({ actor: reviewer, claimId: claim.id, sourceId: source.id });
    await archiveSource({ sourceId: source.id });
    const second = await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { snapshot: true } });
    expect(second.snapshotId).not.toBe(first.snapshotId);
    expect(second.snapshot!.sha256).not.toBe(first.snapshot!.sha256);
    expect(second.snapshot!.text).toContain("Update number 2");
    expect((await db.snapshot.findUniqueOrThrow({ where: { id: first.snapshotId! } })).text).toContain("Update number 1");
    await expect(db.$executeRaw`UPDATE "Snapshot" SET "text" = 'rewritten' WHERE "id" = ${first.snapshotId}`).rejects.toThrow(/refused/);
    await expect(db.$executeRaw`DELETE FROM "Snapshot" WHERE "id" = ${first.snapshotId}`).rejects.toThrow(/refused/);
  });

  it("seals the snapshots of the sources into a verification, and exports their time and hash", async () => {
    const { reviewer, claim, source } = await draftWithSource(pages.url("/article"));
    await archiveSource({ sourceId: source.id });
    const snapshot = (await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { snapshot: true } })).snapshot!;
    const editor = await makeUser("EDITOR");
    const changed = await updateClaim({ actor: reviewer, claimId: claim.id, input: { version: claim.version, changes: { verdictId: "verdict_true", rationale: "The notice says 12%." } } });
    const inReview = await changeClaimStatus({ actor: reviewer, claimId: claim.id, input: { version: changed.version, status: "IN_REVIEW" } });
    const verified = await changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: inReview.version, status: "VERIFIED" } });
    const sealed = (await db.verification.findUniqueOrThrow({ where: { id: verified.verification!.id } })).content as unknown as SealedContent;
    expect(sealed.sources[0].snapshot).toEqual({ id: snapshot.id, sha256: snapshot.sha256, capturedAt: snapshot.capturedAt.toISOString(), finalUrl: pages.url("/article") });

    const { chunks } = await exportClaims({ actor: editor, params: new URLSearchParams({ articleId: claim.articleId, rows: "source", bom: "false" }), appUrl: "https://desk.example" });
    let csv = "";
    for await (const chunk of chunks) csv += chunk;
    expect(csv.split("\r\n")[0]).toContain("source_archived_at,source_archive_sha256");
    expect(csv).toContain(snapshot.sha256);
    expect(csv).toContain(snapshot.capturedAt.toISOString().slice(0, 19) + "Z");
  });
});
