import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/http/route";
import { publishArticleClaims } from "@/lib/publishing/publish-claims";

/** Publish every verified claim of the article that is not on a public page yet. */
export const POST = authedRoute<{ id: string }>(async ({ actor, params }) => NextResponse.json(await publishArticleClaims({ actor, articleId: params.id })));
