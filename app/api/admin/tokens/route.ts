import { NextResponse } from "next/server";
import { listAllApiTokens } from "@/lib/api-tokens/manage-api-tokens";
import { authedRoute } from "@/lib/http/route";

export const GET = authedRoute(async ({ actor }) => NextResponse.json({ tokens: await listAllApiTokens({ actor }) }), { tokens: false });
