import { NextResponse } from "next/server";
import { adjudicateBlindReview } from "@/lib/blind-reviews/adjudicate-blind-review";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

/** An editor settles the final verdict once every blind verdict is in; it then goes to verification. */
export const POST = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json({ claim: await adjudicateBlindReview({ actor, reviewId: params.id, input: await readJsonBody(req) }) }),
);
