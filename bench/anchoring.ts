/**
 * (a) Server-side re-anchoring of 1,000 claims on a ~10,000-word article after an edit.
 * Baselines from the same run: a naive re-find (indexOf of every quote) for the pure step,
 * and a raw bulk UPDATE of the same 1,000 rows for the whole transactional edit.
 */
import pg from "pg";
import { diffTexts, reanchor } from "../lib/anchoring/reanchor";
import { describeRange } from "../lib/anchoring/selectors";
import { editArticleText } from "../lib/articles/edit-article-text";
import { insertTrustedArticle } from "../lib/articles/insert-article";
import { warmDocumentPool } from "../lib/articles/prepare-document";
import { anchorColumns } from "../lib/claims/anchor-columns";
import { db } from "../lib/db/client";
import { benchUser, median, timed } from "./support/environment";
import { syntheticArticle } from "./support/synthetic-article";

export async function seedAnnotatedArticle(claimCount = 1000) {
  const editor = await benchUser("EDITOR");
  const { html, paragraphs } = syntheticArticle();
  const article = await db.$transaction((tx) => insertTrustedArticle(tx, { actorId: editor.id, input: { title: `Benchmark article, ${claimCount} claims`, html } }), { timeout: 60_000 });
  const plain = await db.$transaction((tx) => insertTrustedArticle(tx, { actorId: editor.id, input: { title: "Benchmark article, no claims", html } }), { timeout: 60_000 });
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, select: { id: true, text: true } });
  const { text } = revision;

  // Whole sentences, then the "NN%" inside them, until there are enough claims (some overlap).
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/[^.]+?\.(?=\s|$)/g)) ranges.push([match.index!, match.index! + match[0].length]);
  for (const match of text.matchAll(/\d+%/g)) ranges.push([match.index!, match.index! + match[0].length]);
  // For a desk-sized pile (10,000), single words too.
  if (ranges.length < claimCount) for (const match of text.matchAll(/\p{L}{4,}/gu)) ranges.push([match.index!, match.index! + match[0].length]);
  const anchors = ranges.slice(0, claimCount).map(([start, end]) => {
    while (/\s/.test(text[start])) start++;
    return describeRange(text, start, end);
  });
  await db.claim.createMany({
    data: anchors.map((a) => ({
      articleId: article.id,
      revisionId: revision.id,
      ...anchorColumns(a),
      statement: a.exact,
      createdById: editor.id,
    })),
  });
  return { editor, article, plain, revision, anchors, html, paragraphs };
}

function editedHtml(paragraphs: string[]) {
  const edited = [...paragraphs];
  edited.unshift("Editor’s note: this story was updated on 3 November with new figures.");
  const middle = Math.floor(edited.length / 2);
  edited[middle] = edited[middle].replace(/\d+%/, "99%");
  edited.splice(edited.length - 3, 1);
  return edited.map((p) => `<p>${p}</p>`).join("\n");
}

export async function benchAnchoring(databaseUrl: string) {
  const { editor, article, revision, anchors, paragraphs } = await seedAnnotatedArticle();
  const html = editedHtml(paragraphs);
  const { canonicalText } = await import("../lib/anchoring/canonical-text");
  const { htmlToDoc } = await import("../lib/articles/html-to-doc");
  const newText = canonicalText(htmlToDoc(html)).text;

  const runs = 5;
  const pure: number[] = [];
  const naive: number[] = [];
  let states: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    const [ms, results] = await timed(() => {
      const diff = diffTexts(revision.text, newText);
      return anchors.map((a) => reanchor(a, newText, diff));
    });
    pure.push(ms);
    states = results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.state]: (acc[r.state] ?? 0) + 1 }), {});
    naive.push((await timed(() => anchors.map((a) => newText.indexOf(a.exact))))[0]);
  }

  // Whole edit: new revision + re-anchoring + history rows, in one transaction. The first edit
  // (the one whose summary is reported) warms the server's code paths, as a running server's
  // are; then the article goes back and forth between the two texts, every edit re-anchoring
  // all the claims, and the median counts. The raw UPDATE is measured as often, afterwards.
  await warmDocumentPool(); // a running server has its document worker up already
  const [, summary] = await timed(() => editArticleText({ actor: editor, articleId: article.id, input: { baseRevisionId: revision.id, html } }));
  const original = paragraphs.map((p) => `<p>${p}</p>`).join("\n");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const edits: number[] = [];
  const raws: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { id: baseRevisionId } = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { number: "desc" }, select: { id: true } });
    edits.push((await timed(() => editArticleText({ actor: editor, articleId: article.id, input: { baseRevisionId, html: i % 2 === 0 ? original : html } })))[0]);
  }
  // After the edits: shifted offsets would change what the next edit has to do.
  for (let i = 0; i < runs; i++) {
    raws.push((await timed(() => client.query(`UPDATE "Claim" SET "startOffset" = "startOffset" + 1, "endOffset" = "endOffset" + 1 WHERE "articleId" = $1`, [article.id])))[0]);
  }
  await client.end();

  return {
    claims: anchors.length,
    runs,
    words: newText.split(/\s+/).length,
    pureMs: median(pure),
    naiveMs: median(naive),
    states,
    editMs: median(edits),
    summary,
    rawUpdateMs: median(raws),
  };
}
