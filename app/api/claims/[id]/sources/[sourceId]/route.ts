import { NextResponse } from "next/server";
import { removeSource } from "@/lib/claims/sources";
import { authedRoute } from "@/lib/http/route";

export const DELETE = authedRoute<{ id: string; sourceId: string }>(async ({ actor, params }) =>
  NextResponse.json({ claim: await removeSource({ actor, claimId: params.id, sourceId: params.sourceId }) }),
);
