import { NextResponse } from "next/server";
import { linkSameClaim } from "@/lib/claim-matching/link-claims";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

/** Link this claim with another as the same claim (its appearances in several articles). */
export const POST = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json({ claim: await linkSameClaim({ actor, claimId: params.id, input: await readJsonBody(req) }) }),
);
