import { NextResponse } from "next/server";
import { retractSource } from "@/lib/claims/sources";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

/** DELETE retracts: the source leaves the claim's current evidence but is never destroyed. */
export const DELETE = authedRoute<{ id: string; sourceId: string }>(async ({ req, actor, params }) =>
  NextResponse.json({ claim: await retractSource({ actor, claimId: params.id, sourceId: params.sourceId, input: await readJsonBody(req) }) }),
);
