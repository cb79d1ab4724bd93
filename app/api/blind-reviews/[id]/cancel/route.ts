import { NextResponse } from "next/server";
import { cancelBlindReview } from "@/lib/blind-reviews/adjudicate-blind-review";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

/** An editor withdraws an open request, with a reason; what was given is kept. */
export const POST = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json({ claim: await cancelBlindReview({ actor, reviewId: params.id, input: await readJsonBody(req) }) }),
);
