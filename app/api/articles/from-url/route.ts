import { NextResponse } from "next/server";
import { fetchArticlePage } from "@/lib/articles/fetch-article-page";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

/** Import by URL, step one: fetch and read the page, keep a snapshot, return the details found. */
export const POST = authedRoute(async ({ req, actor }) => NextResponse.json({ page: await fetchArticlePage({ actor, input: await readJsonBody(req) }) }, { status: 201 }));
