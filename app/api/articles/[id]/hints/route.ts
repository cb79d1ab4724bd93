import { NextResponse } from "next/server";
import { listArticleHints } from "@/lib/claim-hints/list-hints";
import { authedRoute } from "@/lib/http/route";

/** Check-worthiness hints for the article's latest text: sentences with a score and its reasons. */
export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => NextResponse.json(await listArticleHints({ actor, articleId: params.id })));
