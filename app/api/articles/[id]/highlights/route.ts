import { articleHighlights } from "@/lib/claims/list-article-claims";
import { authedRoute } from "@/lib/http/route";

/** Every claim on the article, packed against one revision's text: the viewer's highlights and the claim list. */
export const GET = authedRoute<{ id: string }>(async ({ req, actor, params }) => {
  const packed = await articleHighlights({ actor, articleId: params.id, query: Object.fromEntries(new URL(req.url).searchParams) });
  // JSON as PostgreSQL wrote it: sent as it is, never parsed and written again.
  return new Response(packed, { headers: { "Content-Type": "application/json" } });
});
