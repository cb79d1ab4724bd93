import { NextResponse } from "next/server";
import { reuseVerdict } from "@/lib/claim-matching/reuse-verdict";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

/** Copy an earlier claim's verdict, rationale and sources into this one, to be verified afresh. */
export const POST = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json({ claim: await reuseVerdict({ actor, claimId: params.id, input: await readJsonBody(req) }) }),
);
