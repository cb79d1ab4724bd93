import { NextResponse } from "next/server";
import { claimMatches } from "@/lib/claim-matching/claim-matches";
import { authedRoute } from "@/lib/http/route";

/** "Already checked": earlier claims like this one, its linked appearances, and where its verdict came from. */
export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => NextResponse.json(await claimMatches({ actor, claimId: params.id })));
