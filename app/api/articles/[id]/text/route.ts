import { NextResponse } from "next/server";
import { editArticleText } from "@/lib/articles/edit-article-text";
import { maxArticleBytes } from "@/lib/articles/schema";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

export const PUT = authedRoute<{ id: string }>(async ({ req, actor, params }) => {
  const result = await editArticleText({ actor, articleId: params.id, input: await readJsonBody(req, maxArticleBytes + 64 * 1024) });
  return NextResponse.json(result);
});
