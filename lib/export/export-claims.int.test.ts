import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { addSource, retractSource } from "@/lib/claims/sources";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { closeStreamPool } from "@/lib/db/stream-rows";
import { AppError } from "@/lib/errors";
import { makeArticle, selectionOf } from "@/tests/support/article-factory";
import { makeUser } from "@/tests/support/factories";
import { streamResponse } from "@/lib/http/stream-response";
import { exportClaims } from "./export-claims";

afterAll(closeStreamPool);

const appUrl = "https://desk.example";
const hostileHtml = `<p>“Prices rose 12% — fast,” she said 🚀. =HYPERLINK("http://evil.example","x") was in the copy.</p>
<p>Second paragraph, with a comma, and "straight quotes".</p>`;

async function verifiedClaim(quote: string, article: Awaited<ReturnType<typeof makeArticle>>, people: { reviewer: Awaited<ReturnType<typeof makeUser>>; editor: Awaited<ReturnType<typeof makeUser>> }, extra: Record<string, unknown> = {}, sources = 1) {
  const { reviewer, editor } = people;
  const claim = await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, quote) } });
  await updateClaim({ actor: reviewer, claimId: claim.id, input: { version: 1, changes: { verdictId: "verdict_half_true", rationale: "-5% in the official data,\nnot 12%.", claimant: "@mayor", tags: ["economy", "prices"], ...extra } } });
  let version = 2;
  for (let i = 0; i < sources; i++) {
    ({ version } = await addSource({ actor: reviewer, claimId: claim.id, input: { url: `https://stats.example/table-${i}`, title: `Table ${i}, “prices”`, quotedPassage: i === 0 ? "+5% year on year" : null, kind: "PRIMARY_DATA", stance: "REFUTES" } }));
  }
  const inReview = await changeClaimStatus({ actor: reviewer, claimId: claim.id, input: { version, status: "IN_REVIEW" } });
  return changeClaimStatus({ actor: editor, claimId: claim.id, input: { version: inReview.version, status: "VERIFIED" } });
}

async function setup() {
  const reviewer = await makeUser("REVIEWER");
  const editor = await makeUser("EDITOR");
  const article = await makeArticle(reviewer, hostileHtml);
  await db.article.update({ where: { id: article.id }, data: { url: "https://news.example/prices", outlet: "=Daily" } });
  const people = { reviewer, editor };
  const first = await verifiedClaim("“Prices rose 12% — fast,” she said 🚀.", article, people, {}, 2);
  const second = await verifiedClaim(`=HYPERLINK("http://evil.example","x")`, article, people, { tags: ["links"] }, 1);
  const draft = await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, "Second paragraph") } });
  return { reviewer, editor, article, first, second, draft };
}

async function download(actor: Awaited<ReturnType<typeof makeUser>>, query: Record<string, string>) {
  const result = await exportClaims({ actor, params: new URLSearchParams(query), appUrl });
  // Decode by hand: Response.text() would strip the BOM we want to see.
  const bytes = await streamResponse(result.chunks, {}).arrayBuffer();
  return { ...result, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

describe("exporting claims", () => {
  it("writes a CSV that parses back to exactly what the database holds", async () => {
    const { editor, article, first, second } = await setup();
    const { text, filename, contentType } = await download(editor, { articleId: article.id });
    expect(contentType).toBe("text/csv; charset=utf-8");
    expect(filename).toMatch(new RegExp(`^claims-${article.slug}-\\d{8}\\.csv$`));
    expect(text.startsWith("\uFEFFclaim_id,article_title,")).toBe(true);
    expect(text).toContain("\r\n");
    // Outside quoted cells every line ends with CRLF.
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, "");
    expect(outsideQuotes).toContain("\r\n");
    expect(/(^|[^\r])\n/.test(outsideQuotes)).toBe(false);

    const records: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(records.map((r) => r.claim_id)).toEqual([first.id, second.id]); // reading order, drafts left out
    for (const record of records) {
      const claim = await db.claim.findUniqueOrThrow({
        where: { id: record.claim_id },
        include: { verdict: true, sources: { orderBy: { createdAt: "asc" } }, createdBy: true, verifiedBy: true },
      });
      expect(record.article_title).toBe("Bus plan");
      expect(record.article_url).toBe("https://news.example/prices");
      expect(record.outlet).toBe("'=Daily");
      expect(record.quote.replace(/^'/, "")).toBe(claim.quote);
      expect(record.claim.replace(/^'/, "")).toBe(claim.statement);
      expect(record.claimant).toBe("'@mayor");
      expect(record.verdict).toBe(claim.verdict!.label);
      expect(record.rationale).toBe("'-5% in the official data,\nnot 12%.");
      expect(record.source_count).toBe(String(claim.sources.length));
      expect(record.sources.split("\n")).toHaveLength(claim.sources.length);
      expect(record.sources.split("\n")[0]).toBe(`${claim.sources[0].title} — ${claim.sources[0].url}${claim.sources[0].quotedPassage ? ` — “${claim.sources[0].quotedPassage}”` : ""}`);
      expect(record.tags).toBe(claim.tags.join(", "));
      expect(record.author).toBe(claim.createdBy.name);
      expect(record.verified_by).toBe(claim.verifiedBy!.name);
      expect(record.verified_at).toBe(claim.verifiedAt!.toISOString());
      expect(record.anchor_start).toBe(String(claim.startOffset));
      expect(record.anchor_end).toBe(String(claim.endOffset));
      expect(record.claim_link).toBe(`${appUrl}/articles/${article.slug}?claim=${claim.id}`);
      expect(record.needs_rereview).toBe("no");
    }
    // Curly quotes, the dash and the emoji survive; the formula in the article text is defused.
    expect(records[0].quote).toBe("“Prices rose 12% — fast,” she said 🚀.");
    expect(records[1].quote).toBe(`'=HYPERLINK("http://evil.example","x")`);
  });

  it("writes the cells PostgreSQL formats exactly as meant: odd spaces before a formula, a lone CR, COPY's own end marker, an article URL with a quote", async () => {
    const { editor, article, first } = await setup();
    await db.article.update({ where: { id: article.id }, data: { outlet: "\u3000=cmd", url: "https://news.example/it's?a=1,b=2" } });
    await db.claim.update({ where: { id: first.id }, data: { claimant: "\\.", rationale: "line one\rline two", tags: ["-12.5", "+x"] } });
    const { text } = await download(editor, { articleId: article.id, status: "ALL" });
    const records: Record<string, string>[] = parse(text, { bom: true, columns: true, record_delimiter: "\r\n" });
    const row = records.find((r) => r.claim_id === first.id)!;
    expect(row.outlet).toBe("'\u3000=cmd");
    expect(row.article_url).toBe("https://news.example/it's?a=1,b=2");
    expect(row.claimant).toBe("\\.");
    expect(row.rationale).toBe("line one\rline two");
    expect(row.tags).toBe("'-12.5, +x"); // one cell: not a plain number, so neutralized as a whole
    expect(records.find((r) => r.claim_id !== first.id && r.claim)?.claimant).toBe("'@mayor");
  });

  it("writes times in UTC whatever the database server's time zone", async () => {
    const { editor, article, first } = await setup();
    await db.$executeRawUnsafe(`ALTER DATABASE "${(await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`)[0].name}" SET TimeZone = 'Pacific/Auckland'`);
    await closeStreamPool(); // the export's next connections start in that zone
    try {
      const claim = await db.claim.findUniqueOrThrow({ where: { id: first.id }, select: { verifiedAt: true } });
      const csv: Record<string, string>[] = parse((await download(editor, { articleId: article.id })).text, { bom: true, columns: true });
      expect(csv.find((r) => r.claim_id === first.id)?.verified_at).toBe(claim.verifiedAt!.toISOString());
      const json = JSON.parse((await download(editor, { articleId: article.id, format: "json" })).text);
      expect(json.find((r: { claimId: string }) => r.claimId === first.id)?.verifiedAt).toBe(claim.verifiedAt!.toISOString());
    } finally {
      await db.$executeRawUnsafe(`ALTER DATABASE "${(await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`)[0].name}" RESET TimeZone`);
      await closeStreamPool();
    }
  });

  it("writes one row per source on request, and no BOM when asked", async () => {
    const { editor, article, first } = await setup();
    const { text } = await download(editor, { articleId: article.id, rows: "source", bom: "false" });
    expect(text.startsWith("claim_id,")).toBe(true);
    const records: Record<string, string>[] = parse(text, { columns: true });
    expect(records).toHaveLength(3);
    expect(records.filter((r) => r.claim_id === first.id).map((r) => r.source_url)).toEqual(["https://stats.example/table-0", "https://stats.example/table-1"]);
    expect(records[0].source_quoted_passage).toBe("'+5% year on year");
  });

  it("filters by status, verdict, tag, reviewer and verification dates", async () => {
    const { editor, reviewer, article, first, second, draft } = await setup();
    const ids = async (query: Record<string, string>) => (parse((await download(editor, { articleId: article.id, ...query })).text, { bom: true, columns: true }) as { claim_id: string }[]).map((r) => r.claim_id);
    expect(await ids({ status: "DRAFT" })).toEqual([draft.id]);
    expect(await ids({ tag: "links" })).toEqual([second.id]);
    expect(await ids({ verdictId: "verdict_false" })).toEqual([]);
    expect((await ids({ verdictId: "verdict_half_true" })).sort()).toEqual([first.id, second.id].sort());
    expect(await ids({ verdictId: "verdict_half_true", tag: "links" })).toEqual([second.id]);
    expect(await ids({ reviewerId: reviewer.id })).toHaveLength(2);
    expect(await ids({ reviewerId: editor.id })).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids({ from: today, to: today })).toHaveLength(2);
    expect(await ids({ to: "2000-01-01" })).toEqual([]);
  });

  it("gives a header-only CSV when nothing matches", async () => {
    const { editor, article } = await setup();
    const { text } = await download(editor, { articleId: article.id, status: "REJECTED" });
    expect(text.startsWith("\uFEFFclaim_id,")).toBe(true);
    expect(text.endsWith(",needs_rereview\r\n")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(2);
    expect(parse(text, { bom: true, columns: true })).toEqual([]);
  });

  it.each([
    [{ status: "MAYBE" }, "status"],
    [{ from: "2026-13-40" }, "from"],
    [{ from: "2026-05-02", to: "2026-05-01" }, "from"],
    [{ format: "xml" }, "format"],
    [{ colour: "red" }, "_"],
    ["__proto__=x", "_"],
    ["constructor=x&status=ALL", "_"],
    [{ from: "0000-01-01" }, "from"],
    [{ to: "20260-01-01" }, "to"],
    [{ verdictId: "verdict_nope" }, "verdictId"],
  ] as [string | Record<string, string>, string][])("refuses bad filters %j with a 400 message", async (query, field) => {
    const editor = await makeUser("EDITOR");
    const error = await exportClaims({ actor: editor, params: new URLSearchParams(query), appUrl }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("validation");
    expect(Object.keys(error.fields)).toContain(field);
  });

  it("is for editors and admins, and every export is audited with its row count", async () => {
    const { reviewer, editor, article } = await setup();
    const denied = await exportClaims({ actor: reviewer, params: new URLSearchParams(), appUrl }).catch((e) => e);
    expect(denied.code).toBe("forbidden");
    await download(editor, { articleId: article.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "export.claims", actorId: editor.id } });
    expect(audit.data).toMatchObject({ format: "csv", rowCount: 2, filters: { articleId: article.id, status: "VERIFIED" } });
  });

  it("exports JSON, ClaimReview and W3C Web Annotations from the same records", async () => {
    const { editor, article, first } = await setup();
    const json = JSON.parse((await download(editor, { articleId: article.id, format: "json" })).text);
    expect(json[0]).toMatchObject({ claimId: first.id, quote: "“Prices rose 12% — fast,” she said 🚀.", sourceCount: 2, verdict: "Half true", tags: ["economy", "prices"] });

    const reviews = JSON.parse((await download(editor, { articleId: article.id, format: "claimreview" })).text);
    expect(reviews[0]).toMatchObject({
      "@type": "ClaimReview",
      claimReviewed: first.statement,
      reviewRating: { "@type": "Rating", ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: "Half true" },
      itemReviewed: { "@type": "Claim", author: { name: "@mayor" }, appearance: { url: "https://news.example/prices" } },
      author: { "@type": "Organization" },
    });

    const annotations = JSON.parse((await download(editor, { articleId: article.id, format: "annotation" })).text);
    const [quote, position] = annotations[0].target.selector;
    expect(quote).toMatchObject({ type: "TextQuoteSelector", exact: first.quote });
    // Code points, as the W3C model counts: the emoji is one character here.
    expect(position).toEqual({ type: "TextPositionSelector", start: first.startOffset, end: first.endOffset - 1 });
    expect(annotations[0].body).toContainEqual({ type: "TextualBody", purpose: "assessing", value: "Half true" });
  });

  it("rates only verdicts on the truth scale in ClaimReview, and never points url at the login-only app", async () => {
    const { reviewer, editor, article } = await setup();
    const unverifiable = await verifiedClaim("Second paragraph", article, { reviewer, editor }, { verdictId: "verdict_unverifiable" });
    const reviews: Record<string, unknown>[] = JSON.parse((await download(editor, { articleId: article.id, format: "claimreview" })).text);
    const notRated = reviews.find((r) => r.claimReviewed === unverifiable.statement)!;
    expect(notRated.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
    for (const review of reviews) {
      expect(review).not.toHaveProperty("url");
      expect(review).toMatchObject({ datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), author: { "@type": "Organization", name: expect.any(String) }, itemReviewed: { "@type": "Claim" } });
    }

    process.env.FACTCHECK_PUBLIC_URL = "https://factcheck.example/claims/{id}";
    try {
      const published: Record<string, unknown>[] = JSON.parse((await download(editor, { articleId: article.id, format: "claimreview" })).text);
      expect(published.find((r) => r.claimReviewed === unverifiable.statement)!.url).toBe(`https://factcheck.example/claims/${unverifiable.id}`);
    } finally {
      delete process.env.FACTCHECK_PUBLIC_URL;
    }
  });

  it("carries the sealed verification's revision and hash, the anchor's revision, and leaves out retracted sources and deleted claims", async () => {
    const { reviewer, editor, article, first } = await setup();
    const sealed = await db.verification.findUniqueOrThrow({ where: { id: first.verification!.id } });
    const draft = await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, "with a comma") } });
    const withSource = await addSource({ actor: reviewer, claimId: draft.id, input: { url: "https://stats.example/gone", title: "Withdrawn table", quotedPassage: "“Already quoted”" } });
    await retractSource({ actor: reviewer, claimId: draft.id, sourceId: withSource.sources[0].id, input: { reason: "Wrong table" } });
    const kept = await addSource({ actor: reviewer, claimId: draft.id, input: { url: "https://stats.example/kept", title: "Kept table", quotedPassage: "“Already quoted”" } });
    const deleted = await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, "straight quotes") } });
    await deleteClaim({ actor: editor, claimId: deleted.id, input: { reason: "Duplicate" } });

    const records: Record<string, string>[] = parse((await download(editor, { articleId: article.id, status: "ALL" })).text, { bom: true, columns: true });
    const header = Object.keys(records[0]);
    expect(header.slice(header.indexOf("verified_at"), header.indexOf("anchor_start") + 1)).toEqual(["verified_at", "verified_revision", "verification_hash", "revision", "anchor_start"]);
    const verified = records.find((r) => r.claim_id === first.id)!;
    expect(verified).toMatchObject({ verified_revision: "1", verification_hash: sealed.hash, revision: "1" });
    expect(verified.verification_hash).toMatch(/^[0-9a-f]{64}$/);
    const open = records.find((r) => r.claim_id === kept.id)!;
    expect(open).toMatchObject({ source_count: "1", verified_revision: "", verification_hash: "" });
    // A passage that already carries quote marks is quoted once, not twice.
    expect(open.sources).toBe("Kept table — https://stats.example/kept — “Already quoted”");
    expect(records.map((r) => r.claim_id)).not.toContain(deleted.id);
  });

  it("writes the full column order, and its fallbacks: needs_rereview yes/orphaned, a claim without sources per source, no article URL, the organization", async () => {
    const { reviewer, editor, article, first } = await setup();
    const bare = await makeArticle(reviewer, "<p>Fares rise 🚌 by 5% in May, the operator said.</p>");
    const orphan = await createClaim({ actor: reviewer, articleId: bare.id, input: { revisionId: bare.revisionId, ...selectionOf(bare.text, "by 5% in May") } });
    await db.claim.update({ where: { id: orphan.id }, data: { anchorState: "ORPHANED" } });
    await db.claim.update({ where: { id: first.id }, data: { anchorState: "NEEDS_REVIEW" } });

    const all: Record<string, string>[] = parse((await download(editor, { status: "ALL", rows: "source" })).text, { bom: true, columns: true });
    expect(Object.keys(all[0])).toEqual([
      "claim_id", "article_title", "article_url", "outlet", "quote", "claim", "claimant", "claim_date", "verdict", "rationale", "confidence",
      "source_title", "source_url", "source_publisher", "source_quoted_passage", "source_kind", "source_stance", "source_archived_at", "source_archive_sha256", "source_count",
      "tags", "author", "verified_by", "verified_at", "verified_revision", "verification_hash", "revision", "anchor_start", "anchor_end", "claim_link", "needs_rereview",
    ]);
    const withoutSources = all.filter((r) => r.claim_id === orphan.id);
    expect(withoutSources).toHaveLength(1); // one row even without a source
    expect(withoutSources[0]).toMatchObject({ source_title: "", source_count: "0", article_url: "", needs_rereview: "orphaned" });
    expect(all.filter((r) => r.claim_id === first.id).every((r) => r.needs_rereview === "yes")).toBe(true);
    expect(all.filter((r) => r.claim_id === first.id)).toHaveLength(2);

    // Code points after an emoji: the W3C selector counts 🚌 as one character, UTF-16 as two.
    const annotations = JSON.parse((await download(editor, { articleId: bare.id, status: "ALL", format: "annotation" })).text);
    const position = annotations[0].target.selector[1];
    expect(position).toEqual({ type: "TextPositionSelector", start: orphan.startOffset - 1, end: orphan.endOffset - 1 });
    expect(annotations[0].target.source).toBe(`${appUrl}/articles/${bare.slug}`); // no article URL: the app's own page

    process.env.FACTCHECK_ORG_NAME = "Harbour Fact Desk";
    try {
      const reviews = JSON.parse((await download(editor, { articleId: article.id, format: "claimreview" })).text);
      expect(reviews[0].author).toEqual({ "@type": "Organization", name: "Harbour Fact Desk" });
    } finally {
      delete process.env.FACTCHECK_ORG_NAME;
    }
  });
});
