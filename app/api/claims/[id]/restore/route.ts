import { NextResponse } from "next/server";
import { restoreClaim } from "@/lib/claims/delete-claim";
import { authedRoute } from "@/lib/http/route";

export const POST = authedRoute<{ id: string }>(async ({ actor, params }) =>
  NextResponse.json(await restoreClaim({ actor, claimId: params.id })),
);
