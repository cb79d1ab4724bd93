import { NextResponse } from "next/server";
import { listMyPendingBlindVerdicts } from "@/lib/blind-reviews/list-blind-reviews";
import { authedRoute } from "@/lib/http/route";

/** The blind verdicts the signed-in person still owes. */
export const GET = authedRoute(async ({ actor }) => NextResponse.json({ pending: await listMyPendingBlindVerdicts({ actor }) }));
