import { NextResponse } from "next/server";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

export const POST = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json({ claim: await changeClaimStatus({ actor, claimId: params.id, input: await readJsonBody(req) }) }),
);
