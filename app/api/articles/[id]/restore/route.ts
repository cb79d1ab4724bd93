import { NextResponse } from "next/server";
import { restoreArticle } from "@/lib/articles/delete-article";
import { authedRoute } from "@/lib/http/route";

export const POST = authedRoute<{ id: string }>(async ({ actor, params }) => NextResponse.json(await restoreArticle({ actor, articleId: params.id })));
