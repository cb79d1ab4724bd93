import { NextResponse } from "next/server";
import { createClaim } from "@/lib/claims/create-claim";
import { pageArticleClaims } from "@/lib/claims/list-article-claims";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

/** A page of the article's claims as summaries (limit 1–1000, default 200), with the total. */
export const GET = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json(await pageArticleClaims({ actor, articleId: params.id, query: Object.fromEntries(new URL(req.url).searchParams) })),
);

export const POST = authedRoute<{ id: string }>(async ({ req, actor, params }) => {
  const claim = await createClaim({ actor, articleId: params.id, input: await readJsonBody(req) });
  return NextResponse.json({ claim }, { status: 201 });
});
