import { safeReturnPath } from "@/lib/http/safe-return-path";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Where pages send people while the database cannot be reached: a plain 503 page that needs
 * no database. It asks /api/health every 5 seconds and takes the person back once the service
 * answers (no timed refresh: that would reload the page under a screen reader every 5 s), and
 * says so. (A page itself cannot answer 503 in the App Router; a route handler can.)
 */
export function GET(req: Request) {
  const back = safeReturnPath(new URL(req.url).searchParams.get("from"), new URL(req.url).origin);
  // The CSP nonce proxy.ts made for this request; JSON with "<" escaped is safe inside <script>.
  const nonce = escapeHtml(req.headers.get("x-nonce") ?? "");
  const backInScript = JSON.stringify(back).replace(/</g, "\\u003c");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable · Factcheck</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; color: #1d2330">
<main>
<h1>The service is unavailable right now</h1>
<p>The database cannot be reached. Nothing you saved is lost. This page checks every 5 seconds and takes you back when the service is available again, or <a href="${escapeHtml(back)}">try now</a>.</p>
<p role="status" id="retry-status"></p>
</main>
<script nonce="${nonce}">
setInterval(function () {
  fetch("/api/health", { cache: "no-store" }).then(function (r) {
    if (r.ok) { document.getElementById("retry-status").textContent = "The service is back. Taking you there…"; location.replace(${backInScript}); }
  }, function () {});
}, 5000);
</script>
</body></html>`;
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store" } });
}
