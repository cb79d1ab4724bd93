import { NextResponse } from "next/server";
import { createClaim } from "@/lib/claims/create-claim";
import { listArticleClaims } from "@/lib/claims/list-article-claims";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

export const GET = authedRoute<{ id: string }>(async ({ actor, params }) =>
  NextResponse.json({ claims: await listArticleClaims({ actor, articleId: params.id }) }),
);

export const POST = authedRoute<{ id: string }>(async ({ req, actor, params }) => {
  const claim = await createClaim({ actor, articleId: params.id, input: await readJsonBody(req) });
  return NextResponse.json({ claim }, { status: 201 });
});
