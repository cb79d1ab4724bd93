import { NextResponse } from "next/server";
import { deleteArticle } from "@/lib/articles/delete-article";
import { updateArticleMetadata } from "@/lib/articles/update-article-metadata";
import { readJsonBody } from "@/lib/http/read-json-body";
import { getArticleText } from "@/lib/articles/get-article";
import { authedRoute } from "@/lib/http/route";

/** The article's details and its latest text (claims are positions in this text, as JavaScript counts). */
export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => NextResponse.json({ article: await getArticleText({ actor, articleId: params.id }) }));

/** An editor corrects the article's details. */
export const PATCH = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json({ article: await updateArticleMetadata({ actor, articleId: params.id, input: await readJsonBody(req) }) }),
);

/** An admin deletes the article softly, with a reason. */
export const DELETE = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json(await deleteArticle({ actor, articleId: params.id, input: await readJsonBody(req) })),
);
