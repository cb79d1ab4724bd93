import { articleHighlights } from "@/lib/claims/list-article-claims";
import { revalidatedJson } from "@/lib/http/etag-response";
import { authedRoute } from "@/lib/http/route";

/** Every claim on the article, packed against one revision's text: the viewer's highlights and the claim list. */
export const GET = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  revalidatedJson(req, await articleHighlights({ actor, articleId: params.id, query: Object.fromEntries(new URL(req.url).searchParams) })),
);
