import { NextResponse } from "next/server";
import { requestArticleBlindVerdicts } from "@/lib/blind-reviews/request-blind-verdicts";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

/** Ask the chosen reviewers for independent verdicts on every claim of the article that can take them. */
export const POST = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json(await requestArticleBlindVerdicts({ actor, articleId: params.id, input: await readJsonBody(req) }), { status: 201 }),
);
