import { NextResponse } from "next/server";
import { submitBlindVerdict } from "@/lib/blind-reviews/submit-blind-verdict";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

/** A named reviewer gives their verdict, rationale and sources; sealed once given. */
export const POST = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json({ blindReview: await submitBlindVerdict({ actor, reviewId: params.id, input: await readJsonBody(req) }) }),
);
