import { NextResponse } from "next/server";
import { listClaimBlindReviews } from "@/lib/blind-reviews/list-blind-reviews";
import { requestBlindVerdicts } from "@/lib/blind-reviews/request-blind-verdicts";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

/** The claim's requests for blind verdicts; each reviewer's answer only once all are in. */
export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => NextResponse.json({ blindReviews: await listClaimBlindReviews({ actor, claimId: params.id }) }));

/** Ask the chosen reviewers for independent verdicts on this claim. */
export const POST = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json({ claim: await requestBlindVerdicts({ actor, claimId: params.id, input: await readJsonBody(req) }) }, { status: 201 }),
);
