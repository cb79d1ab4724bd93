import { NextResponse } from "next/server";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { getClaimDetail } from "@/lib/claims/get-claim-detail";
import { updateClaim } from "@/lib/claims/update-claim";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

export const GET = authedRoute<{ id: string }>(async ({ actor, params }) =>
  NextResponse.json(await getClaimDetail({ actor, claimId: params.id })),
);

export const PATCH = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json({ claim: await updateClaim({ actor, claimId: params.id, input: await readJsonBody(req) }) }),
);

/** Soft deletion (a reviewer's withdrawal of their own draft, or an editor's delete), with a reason. */
export const DELETE = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json(await deleteClaim({ actor, claimId: params.id, input: await readJsonBody(req) })),
);
