import { Html, html, jsonForScript } from "./html";
import type { PublicFactCheck } from "./public-fact-check";

const isHttp = (url: string | null | undefined): url is string => !!url && /^https?:\/\//i.test(url);
const dateOf = (iso: string) => iso.slice(0, 10);
const clip = (text: string, max: number, fromEnd: boolean) => (text.length <= max ? text : fromEnd ? `…${text.slice(-max)}` : `${text.slice(0, max)}…`);

const style = `body{font-family:Georgia,serif;max-width:44rem;margin:0 auto;padding:1.5rem;color:#1c1f24;line-height:1.55}
header,footer{font-family:system-ui,sans-serif;font-size:.9rem;color:#555}header{border-bottom:1px solid #ddd;padding-bottom:.5rem}
.verdict{display:inline-block;font-family:system-ui,sans-serif;font-weight:700;padding:.2rem .6rem;border-radius:4px;background:#1f5fbf;color:#fff}
blockquote{border-left:3px solid #ccc;margin:1rem 0;padding-left:1rem;color:#333}mark{background:#fff1a8}
.meta{font-family:system-ui,sans-serif;font-size:.85rem;color:#555}code{font-size:.8rem;word-break:break-all}a{color:#1f5fbf}`;

function layout({ title, orgName, body, head = html`` }: { title: string; orgName: string; body: Html; head?: Html }) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${orgName}</title>
<link rel="alternate" type="application/atom+xml" title="${orgName} fact-checks" href="/f/feed.xml">
<style>${new Html(style)}</style>
${head}
</head>
<body>
<header><strong>${orgName}</strong> · Fact-check</header>
<main>${body}</main>
<footer><p>Published by ${orgName}. <a href="/f/feed.xml">All fact-checks (Atom feed)</a></p></footer>
</body>
</html>`;
}

export function renderFactCheckPage(factCheck: PublicFactCheck, orgName: string): string {
  const { content, article } = factCheck;
  const sources = content.sources.map(
    (source) => html`<li>
${isHttp(source.url) ? html`<a href="${source.url}" rel="noopener noreferrer nofollow">${source.title}</a>` : source.title}${source.publisher ? html` · ${source.publisher}` : ""}
${source.quotedPassage ? html`<blockquote>${source.quotedPassage}</blockquote>` : ""}
${source.snapshot ? html`<div class="meta"><a href="/f/${factCheck.slug}/archive/${source.snapshot.id}">Archived copy</a>, captured ${dateOf(source.snapshot.capturedAt)} · SHA-256 <code>${source.snapshot.sha256}</code></div>` : ""}
</li>`,
  );
  const body = html`<article>
<p class="meta">Claim${content.claimant ? html` by ${content.claimant}` : ""}${content.claimDate ? html`, ${content.claimDate}` : ""}</p>
<h1>${content.statement}</h1>
<p><span class="verdict">${content.verdict.label}</span></p>
<h2>What was said</h2>
<blockquote>${clip(content.anchor.prefix, 160, true)}<mark>${content.anchor.quote}</mark>${clip(content.anchor.suffix, 160, false)}</blockquote>
<p class="meta">In ${isHttp(article.url) ? html`<a href="${article.url}" rel="noopener noreferrer nofollow">${article.title}</a>` : article.title}${article.outlet ? html`, ${article.outlet}` : ""}${article.publishedAt ? html`, ${article.publishedAt}` : ""}</p>
<h2>Our verdict: ${content.verdict.label}</h2>
${content.rationale.split(/\n{2,}/).map((paragraph) => html`<p>${paragraph}</p>`)}
<h2>Sources</h2>
<ul>${sources}</ul>
<p class="meta">Published ${dateOf(factCheck.publishedAt)} · verified ${dateOf(factCheck.verifiedAt)} · verification seal <code>${factCheck.sealHash}</code></p>
</article>`;
  return layout({ title: content.statement, orgName, body, head: html`<script type="application/ld+json">${jsonForScript(factCheck.claimReview)}</script>` }).value;
}

export function renderGonePage(reason: string, orgName: string): string {
  return layout({ title: "Fact-check withdrawn", orgName, body: html`<h1>This fact-check is not available</h1><p>${reason}</p>` }).value;
}

export function renderPublicSnapshotPage(slug: string, statement: string, snapshot: { finalUrl: string; capturedAt: Date; sha256: string; contentType: string; title: string | null; text: string | null }, orgName: string): string {
  const body = html`<p class="meta"><a href="/f/${slug}">← ${statement}</a></p>
<h1>Archived copy${snapshot.title ? html`: ${snapshot.title}` : ""}</h1>
<p class="meta">Fetched from ${snapshot.finalUrl} on ${snapshot.capturedAt.toISOString().replace("T", " ").slice(0, 19)} UTC · ${snapshot.contentType} · SHA-256 <code>${snapshot.sha256}</code></p>
${snapshot.text ? snapshot.text.split(/\n{2,}/).map((paragraph) => html`<p>${paragraph}</p>`) : html`<p>No readable text was kept for this copy (for example, a PDF).</p>`}`;
  return layout({ title: `Archived copy: ${snapshot.title ?? snapshot.finalUrl}`, orgName, body }).value;
}

const xml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

export function renderAtomFeed(entries: { slug: string; publishedAt: string; updatedAt: string; statement: string; verdict: string; rationale: string }[], appUrl: string, orgName: string): string {
  const updated = entries[0]?.updatedAt ?? new Date(0).toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${xml(orgName)} fact-checks</title>
<id>${xml(`${appUrl}/f/feed.xml`)}</id>
<link rel="self" href="${xml(`${appUrl}/f/feed.xml`)}"/>
<updated>${updated}</updated>
<author><name>${xml(orgName)}</name></author>
${entries
  .map(
    (entry) => `<entry>
<title>${xml(`${entry.verdict}: ${entry.statement}`)}</title>
<id>${xml(`${appUrl}/f/${entry.slug}`)}</id>
<link href="${xml(`${appUrl}/f/${entry.slug}`)}"/>
<published>${entry.publishedAt}</published>
<updated>${entry.updatedAt}</updated>
<summary>${xml(entry.rationale.slice(0, 500))}</summary>
</entry>`,
  )
  .join("\n")}
</feed>
`;
}
