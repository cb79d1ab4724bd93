import { config } from "@/lib/config";
import { exportClaims } from "@/lib/export/export-claims";
import { authedRoute } from "@/lib/http/route";
import { streamResponse } from "@/lib/http/stream-response";

/** GET /api/export/claims?format=csv&status=VERIFIED&… — works with curl and a session cookie. */
export const GET = authedRoute(async ({ req, actor }) => {
  const appUrl = (config().NEXTAUTH_URL ?? req.nextUrl.origin).replace(/\/$/, "");
  // The raw URL: Next's parsed searchParams drop keys such as "__proto__", which must be refused.
  const { chunks, contentType, filename } = await exportClaims({ actor, params: new URL(req.url).searchParams, appUrl });
  return streamResponse(chunks, {
    "Content-Type": contentType,
    // The file name is built from a slug and a date: ASCII letters, digits, dots and dashes only.
    "Content-Disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
});
