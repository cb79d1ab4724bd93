import { NextResponse } from "next/server";
import { addComment } from "@/lib/comments/add-comment";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

export const POST = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json({ comment: await addComment({ actor, claimId: params.id, input: await readJsonBody(req) }) }, { status: 201 }),
);
