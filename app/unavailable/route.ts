import { safeReturnPath } from "@/lib/http/safe-return-path";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Where pages send people while the database cannot be reached: a plain 503 page that needs
 * no database, tries the page again every 5 seconds and says so. (A page itself cannot answer
 * 503 in the App Router; a route handler can.)
 */
export function GET(req: Request) {
  const back = escapeHtml(safeReturnPath(new URL(req.url).searchParams.get("from"), new URL(req.url).origin));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5;url=${back}"><title>Temporarily unavailable · Factcheck</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; color: #1d2330">
<h1>The service is unavailable right now</h1>
<p>The database cannot be reached. Nothing you saved is lost. This page tries again every 5 seconds, or <a href="${back}">try now</a>.</p>
</body></html>`;
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store" } });
}
