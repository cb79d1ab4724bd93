import { NextResponse } from "next/server";
import { similarClaims } from "@/lib/claim-matching/claim-matches";
import { authedRoute } from "@/lib/http/route";

/** Earlier claims in every article like a sentence (`?text=`): "already checked?" for a hint. */
export const GET = authedRoute(async ({ req, actor }) => NextResponse.json({ matches: await similarClaims({ actor, input: Object.fromEntries(new URL(req.url).searchParams) }) }));
