import { NextResponse } from "next/server";
import { searchClaims } from "@/lib/claim-search/search-claims";
import { authedRoute } from "@/lib/http/route";

/** Full-text search across every claim and its sources, with filters; ranked and paginated. */
export const GET = authedRoute(async ({ req, actor }) => NextResponse.json(await searchClaims({ actor, input: Object.fromEntries(new URL(req.url).searchParams) })));
